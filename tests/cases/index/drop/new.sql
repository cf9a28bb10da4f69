-- index/drop: an index is dropped
create table t (id integer primary key, email text);
