-- unique/index_to_constraint_same_name: a unique index is replaced by a unique constraint of the same name
create table t (id integer primary key, code text constraint t_code_key unique);
