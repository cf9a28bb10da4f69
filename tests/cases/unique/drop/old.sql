-- unique/drop: a unique constraint is dropped
create table t (id integer primary key, email text constraint t_email_key unique);
