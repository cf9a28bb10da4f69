-- unique/index_to_constraint_same_name: a unique index is replaced by a unique constraint of the same name
create table t (id integer primary key, code text);
create unique index t_code_key on t (code);
