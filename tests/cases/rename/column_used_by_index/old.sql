-- rename/column_used_by_index: a column used by a plain, an expression and a partial index is renamed (the indexes follow)
create table t (id integer primary key, mail text);
create index t_mail_idx on t (mail);
create index t_lower_mail_idx on t (lower(mail));
create index t_mail_partial_idx on t (id) where mail is not null;
