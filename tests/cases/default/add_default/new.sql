-- default/add_default: an existing column gains a default
create table t (id integer primary key, score integer default 0);
