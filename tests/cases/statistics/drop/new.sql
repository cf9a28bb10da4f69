-- statistics/drop: statistics no longer wanted are dropped; the table and its rows stay
create table t (id integer primary key, city text, zip text);
