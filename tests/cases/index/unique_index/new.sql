-- index/unique_index: a unique index (not a constraint) is built on a table with rows
create table t (id integer primary key, email text);
create unique index t_email_key on t (email);
