-- default/drop_default: an existing column loses its default
create table t (id integer primary key, score integer default 0);
