-- schema/swap_tables_between_schemas: two schemas each keep their name but their tables are exchanged (drop + create on both sides)
create schema a;
create schema b;
create table a.beta (id integer);
create table b.alpha (id integer);
