-- statistics/table_dropped: a table with statistics is dropped along with them; another table keeps its own
create table t (id integer primary key, a integer, b integer);
create statistics t_ab on a, b from t;
