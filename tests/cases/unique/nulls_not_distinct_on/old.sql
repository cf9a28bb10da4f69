-- unique/nulls_not_distinct_on: a unique constraint becomes NULLS NOT DISTINCT
create table t (id integer primary key, code text constraint t_code_key unique);
insert into t values (1, null), (2, 'x');
