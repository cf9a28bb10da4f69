-- generated/base_column_renamed: a column a generation expression reads is renamed (the expression follows)
create table t (id integer primary key, q integer, doubled integer generated always as (q * 2) stored);
insert into t values (1, 4);
