-- function/used_by_index_return_type_change: an indexed immutable function changes return type; the index is rebuilt on the new one
create function bucket(v integer) returns integer language sql immutable as $$ select v / 10 $$;
create table t (id integer primary key, v integer);
create index t_bucket_idx on t (bucket(v));
insert into t values (1, 15);
