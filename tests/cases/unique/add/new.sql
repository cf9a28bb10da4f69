-- unique/add: a unique constraint is added to a table with distinct rows
create table t (id integer primary key, email text constraint t_email_key unique);
