-- statistics/same_name_as_table: statistics named like their table, a column and an index are created
create table t (id integer primary key, a integer, b integer);
create index t_a on t (a);
create statistics t on a, b from t;
create statistics t_a (ndistinct) on a, b from t;
create statistics a (mcv) on a, b from t;
