-- mixed/constraint_reshuffle: the primary key changes, a unique constraint is added, a foreign key retargets, a check is renamed and changed
create table p (id integer not null constraint p_id_key unique, code text not null, region text not null, constraint p_pkey primary key (region, code));
create table c (id integer primary key, p_id integer constraint c_p_fkey references p (id) on delete cascade, qty integer constraint c_qty_positive check (qty > 0 and qty < 1000));
