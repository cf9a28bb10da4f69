-- table/replace_table: one table is dropped and an unrelated one created (no rename declared)
create table new_things (id integer, name text);
