-- index/kept_through_column_rename: a column with a plain index is renamed; the index is kept, not rebuilt
create table t (id integer primary key, email text);
create index t_mail_idx on t (email);
