-- index/desc_nulls_change: an index key becomes DESC NULLS LAST
create table t (id integer primary key, score integer);
create index t_score_idx on t (score desc nulls last);
