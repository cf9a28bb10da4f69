-- column_type/collation_to_c: a text column with an index switches to collation C
create table t (id integer primary key, code text collate "C");
create index t_code_idx on t (code);
