-- unique/rename: a unique constraint is renamed (its index follows)
create table t (id integer primary key, email text, constraint t_email_key unique (email));
