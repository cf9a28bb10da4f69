-- rename/chain_columns: a becomes b while b becomes c (the second rename must run first)
create table t (a integer, b integer);
insert into t values (1, 2);
