-- partition/drop_partitioned_table: a partitioned table with its partitions and rows is dropped; a plain table stays
create table users (id integer primary key, name text not null);
