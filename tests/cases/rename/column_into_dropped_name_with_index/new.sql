-- rename/column_into_dropped_name_with_index: an indexed column is dropped and another renamed into its name; the index is built on the renamed column
create table t (id integer primary key, email text);
create index t_email_idx on t (email);
alter table t add constraint t_email_check check (email <> '');
