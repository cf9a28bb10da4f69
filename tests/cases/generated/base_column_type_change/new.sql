-- generated/base_column_type_change: a column a generated column reads changes type (PostgreSQL refuses while the generated column exists)
create table t (id integer primary key, a bigint, doubled bigint generated always as (a * 2) stored);
