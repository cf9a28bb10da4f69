-- comment/table_change: a table's comment changes
create table t (id integer);
comment on table t is 'Things';
