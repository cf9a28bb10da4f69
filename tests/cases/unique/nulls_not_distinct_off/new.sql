-- unique/nulls_not_distinct_off: a NULLS NOT DISTINCT unique constraint becomes a plain one
create table t (id integer primary key, code text constraint t_code_key unique);
