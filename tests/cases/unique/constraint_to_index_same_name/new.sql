-- unique/constraint_to_index_same_name: a unique constraint is replaced by a partial unique index of the same name
create table t (id integer primary key, code text, deleted boolean not null default false);
create unique index t_code_key on t (code) where not deleted;
