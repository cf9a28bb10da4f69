-- statistics/table_created: a new table is created with statistics, a target and a comment
create table t (id integer primary key);
