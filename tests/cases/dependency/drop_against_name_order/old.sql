-- dependency/drop_against_name_order: objects dropped whose dependants sort after them by name
create type a_enum as enum ('x', 'y');
create table a_parent (id integer primary key);
create table z_child (id integer primary key, parent_id integer references a_parent (id), kind a_enum);
create view z_view as select c.id, p.id as parent from z_child c join a_parent p on p.id = c.parent_id;
