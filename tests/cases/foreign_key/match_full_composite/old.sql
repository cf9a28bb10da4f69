-- foreign_key/match_full_composite: a composite foreign key switches to MATCH FULL
create table p (tenant integer, id integer, primary key (tenant, id));
create table c (id integer primary key, tenant integer, p_id integer,
    constraint c_p_fkey foreign key (tenant, p_id) references p (tenant, id));
insert into p values (1, 1);
insert into c values (1, 1, 1), (2, null, null);
