-- rename/column_used_by_index: a column used by a plain, an expression and a partial index is renamed (the indexes follow)
create table t (id integer primary key, email text);
create index t_mail_idx on t (email);
create index t_lower_mail_idx on t (lower(email));
create index t_mail_partial_idx on t (id) where email is not null;
