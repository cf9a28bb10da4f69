-- generated/base_column_type_change: a column a generated column reads changes type (PostgreSQL refuses while the generated column exists)
create table t (id integer primary key, a integer, doubled integer generated always as (a * 2) stored);
insert into t values (1, 21);
