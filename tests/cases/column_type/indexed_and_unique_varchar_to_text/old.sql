-- column_type/indexed_and_unique_varchar_to_text: a column with a unique constraint and an expression index becomes text
create table t (id integer primary key, email varchar(100) constraint t_email_key unique);
create index t_lower_email_idx on t (lower(email));
insert into t values (1, 'A@b.c');
