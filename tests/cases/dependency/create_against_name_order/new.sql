-- dependency/create_against_name_order: new objects whose dependencies sort after them by name (a_child needs z_parent and z_enum)
create type z_enum as enum ('x', 'y');
create table z_parent (id integer primary key);
create table a_child (id integer primary key, parent_id integer references z_parent (id), kind z_enum);
create view a_view as select c.id, p.id as parent from a_child c join z_parent p on p.id = c.parent_id;
