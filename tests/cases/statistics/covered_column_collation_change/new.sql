-- statistics/covered_column_collation_change: a covered text column gets COLLATE "C" over rows; the statistics come back with their target and comment
create table t (id integer primary key, code text collate "C", region text);
create statistics t_code_region (mcv) on code, region from t;
alter statistics t_code_region set statistics 64;
comment on statistics t_code_region is 'code by region';
