-- statistics/names_swapped: two statistics swap their names (s1 on a, b and s2 on c, d become s1 on c, d and s2 on a, b)
create table t (id integer primary key, a integer, b integer, c integer, d integer);
create statistics s1 (ndistinct) on a, b from t;
create statistics s2 (dependencies) on c, d from t;
