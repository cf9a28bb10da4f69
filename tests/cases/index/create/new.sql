-- index/create: an index is built on a table with rows
create table t (id integer primary key, email text);
create index t_email_idx on t (email);
