-- schema/table_moves_between_schemas: a table in schema a is replaced by a table of the same name in schema b (drop + create, a is dropped)
create schema b;
create table b.t (id integer primary key, name text);
