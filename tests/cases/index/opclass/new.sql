-- index/opclass: an index key switches to text_pattern_ops
create table t (path text);
create index t_path_idx on t (path text_pattern_ops);
