-- index/collate_key: an index key with an explicit collation
create table t (title text);
create index t_title_c_idx on t (title collate "C");
