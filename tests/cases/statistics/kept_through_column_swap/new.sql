-- statistics/kept_through_column_swap: two covered columns exchange names; the statistics follow their columns and keep the rows ANALYZE gathered
create table t (id integer primary key, b integer, a text, c integer);
create statistics t_ac (ndistinct) on b, c from t;
