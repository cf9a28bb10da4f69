-- statistics/table_dropped: a table with statistics is dropped along with them; another table keeps its own
create table t (id integer primary key, a integer, b integer);
create table gone (id integer primary key, a integer, b integer);
create statistics t_ab on a, b from t;
create statistics gone_ab (mcv) on a, b from gone;
comment on statistics gone_ab is 'goes with its table';
