-- index/method_btree_to_hash: an index keeps its name and key, its method changes to hash
create table t (id integer primary key, token text);
create index t_token_idx on t using hash (token);
