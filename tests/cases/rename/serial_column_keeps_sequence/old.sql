-- rename/serial_column_keeps_sequence: a serial column is renamed; its sequence keeps its name, ownership and default
create table t (id serial primary key, name text);
insert into t (name) values ('a');
