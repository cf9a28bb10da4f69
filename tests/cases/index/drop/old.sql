-- index/drop: an index is dropped
create table t (id integer primary key, email text);
create index t_email_idx on t (email);
