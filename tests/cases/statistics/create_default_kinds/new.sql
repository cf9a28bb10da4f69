-- statistics/create_default_kinds: statistics with all kinds (no kind list) are created on two columns of a table with rows
create table t (id integer primary key, city text, zip text);
create statistics t_city_zip_stats on city, zip from t;
