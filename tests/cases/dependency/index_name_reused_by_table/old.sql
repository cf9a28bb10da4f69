-- dependency/index_name_reused_by_table: an index is dropped and a table of the same name created (one relation namespace)
create table t (a integer);
create index audit on t (a);
