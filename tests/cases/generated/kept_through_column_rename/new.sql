-- generated/kept_through_column_rename: a column a generation expression reads is renamed; the generated column is kept
create table t (id integer primary key, qty integer, doubled integer generated always as (qty * 2) stored);
