-- index/method_hash_to_btree: a hash index becomes btree
create table t (id integer primary key, token text);
create index t_token_idx on t using hash (token);
