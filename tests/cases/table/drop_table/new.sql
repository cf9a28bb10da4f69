-- table/drop_table: a table with rows is dropped
create table keep (id integer);
