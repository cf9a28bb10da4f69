-- partition_index/subpartition_created_with_keys: a new sub-partitioned table is created with a primary key and an index on the top table, which reach every level
create table other (id integer);
