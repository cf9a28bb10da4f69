-- statistics/schema_dropped: a schema holding only statistics on a table of public is dropped with them
create table t (id integer primary key, a integer, b integer);
