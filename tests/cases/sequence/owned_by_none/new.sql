-- sequence/owned_by_none: a serial column's sequence is released (OWNED BY NONE) but still feeds the default
create sequence items_id_seq as integer;
create table items (id integer not null default nextval('items_id_seq') primary key, name text);
