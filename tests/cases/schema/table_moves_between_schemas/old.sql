-- schema/table_moves_between_schemas: a table in schema a is replaced by a table of the same name in schema b (drop + create, a is dropped)
create schema a;
create table a.t (id integer primary key, name text);
