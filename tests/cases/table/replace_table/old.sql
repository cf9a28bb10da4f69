-- table/replace_table: one table is dropped and an unrelated one created (no rename declared)
create table old_things (id integer, name text);
insert into old_things values (1, 'x');
