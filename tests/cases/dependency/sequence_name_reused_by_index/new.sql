-- dependency/sequence_name_reused_by_index: a sequence is dropped and an index of the same name created
create table t (a integer);
create index t_lookup on t (a);
