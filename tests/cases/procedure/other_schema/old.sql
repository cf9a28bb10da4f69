-- procedure/other_schema: a procedure in a new schema reads a table in public
create table items (id integer primary key, qty integer);
