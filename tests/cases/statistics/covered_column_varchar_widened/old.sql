-- statistics/covered_column_varchar_widened: a covered column goes from varchar(20) to varchar(50) (no rewrite); the statistics come back with their target
create table t (id integer primary key, code varchar(20), region text);
create statistics t_code_region (dependencies) on code, region from t;
alter statistics t_code_region set statistics 2500;
insert into t values (1, 'abc', 'eu');
