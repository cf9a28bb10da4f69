-- view/in_other_schema: a view in schema reports reads a public table
create table t (id integer primary key, qty integer);
