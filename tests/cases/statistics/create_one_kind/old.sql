-- statistics/create_one_kind: statistics with a single kind (dependencies) are created
create table t (id integer primary key, city text, zip text);
