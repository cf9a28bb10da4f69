-- index/collate_key: an index key with an explicit collation
create table t (title text);
