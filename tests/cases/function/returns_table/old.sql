-- function/returns_table: a RETURNS TABLE function reading a table is created
create table t (id integer primary key, qty integer);
