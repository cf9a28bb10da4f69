-- mixed/constraint_reshuffle: the primary key changes, a unique constraint is added, a foreign key retargets, a check is renamed and changed
create table p (id integer constraint p_pkey primary key, code text not null, region text not null);
create table c (id integer primary key, p_id integer constraint c_p_fkey references p (id), qty integer constraint c_qty_check check (qty > 0));
insert into p values (1, 'a', 'eu');
insert into c values (1, 1, 5);
