-- statistics/kept_through_column_swap: two covered columns exchange names; the statistics follow their columns and keep the rows ANALYZE gathered
create table t (id integer primary key, a integer, b text, c integer);
create statistics t_ac (ndistinct) on a, c from t;
insert into t select g, g % 3, 'x' || g, g % 5 from generate_series(1, 30) g;
analyze t;
