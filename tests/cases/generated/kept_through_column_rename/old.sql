-- generated/kept_through_column_rename: a column a generation expression reads is renamed; the generated column is kept
create table t (id integer primary key, q integer, doubled integer generated always as (q * 2) stored);
insert into t values (1, 4);
