-- statistics/schema_created: a new schema is created to hold statistics on a table of public
create table t (id integer primary key, a integer, b integer);
