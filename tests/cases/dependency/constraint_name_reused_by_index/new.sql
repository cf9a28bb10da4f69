-- dependency/constraint_name_reused_by_index: a unique constraint is dropped and a plain index takes its name, on another column
create table t (a integer, b integer);
create index t_key on t (b);
