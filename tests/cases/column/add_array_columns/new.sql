-- column/add_array_columns: array columns (one and two dimensional, with modifiers) are added
create table t (id integer primary key, tags text[] not null default '{}', grid integer[][], prices numeric(8, 2)[]);
