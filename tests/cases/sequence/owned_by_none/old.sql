-- sequence/owned_by_none: a serial column's sequence is released (OWNED BY NONE) but still feeds the default
create table items (id serial primary key, name text);
insert into items (name) values ('a'), ('b');
