-- partition_index/fk_both_ways_created: new tables: a partitioned table with a foreign key to a plain table and a plain table with a foreign key to the partitioned table's primary key
create table keep (id integer);
