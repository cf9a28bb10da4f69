-- column/add_several_in_order: several columns of different kinds are added, in the desired order, after the existing ones
create table t (id integer primary key, b text, a integer not null default 0, c timestamptz default now(), d numeric(8, 2));
