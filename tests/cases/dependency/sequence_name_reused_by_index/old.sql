-- dependency/sequence_name_reused_by_index: a sequence is dropped and an index of the same name created
create sequence t_lookup;
create table t (a integer);
