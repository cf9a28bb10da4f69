-- rename/column_into_dropped_name: a column is dropped and another renamed into its name
create table t (id integer primary key, email text, email_new text);
insert into t values (1, 'old@x', 'new@x');
