-- rename/chain_columns: a becomes b while b becomes c (the second rename must run first)
create table t (b integer, c integer);
