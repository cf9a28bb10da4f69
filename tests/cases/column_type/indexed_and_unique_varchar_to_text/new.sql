-- column_type/indexed_and_unique_varchar_to_text: a column with a unique constraint and an expression index becomes text
create table t (id integer primary key, email text constraint t_email_key unique);
create index t_lower_email_idx on t (lower(email));
