-- partition_index/keys_created_with_table: a new partitioned table is created with a primary key, a unique constraint and its partitions
create table unrelated (id integer primary key);
