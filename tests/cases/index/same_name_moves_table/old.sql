-- index/same_name_moves_table: an index name moves from one table to another in the same schema
create table t1 (a integer);
create table t2 (a integer);
create index shared_name on t1 (a);
