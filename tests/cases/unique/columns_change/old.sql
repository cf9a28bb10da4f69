-- unique/columns_change: a unique constraint keeps its name and gains a column
create table t (tenant integer, email text, constraint t_email_key unique (email));
