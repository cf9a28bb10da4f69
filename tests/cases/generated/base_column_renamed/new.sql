-- generated/base_column_renamed: a column a generation expression reads is renamed (the expression follows)
create table t (id integer primary key, qty integer, doubled integer generated always as (qty * 2) stored);
