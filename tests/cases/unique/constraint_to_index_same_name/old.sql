-- unique/constraint_to_index_same_name: a unique constraint is replaced by a partial unique index of the same name
create table t (id integer primary key, code text, deleted boolean not null default false, constraint t_code_key unique (code));
