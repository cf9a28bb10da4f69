-- statistics/drop: statistics no longer wanted are dropped; the table and its rows stay
create table t (id integer primary key, city text, zip text);
create statistics t_city_zip_stats on city, zip from t;
insert into t values (1, 'Paris', '75001');
