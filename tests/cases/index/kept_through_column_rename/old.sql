-- index/kept_through_column_rename: a column with a plain index is renamed; the index is kept, not rebuilt
create table t (id integer primary key, mail text);
create index t_mail_idx on t (mail);
insert into t values (1, 'a@x');
