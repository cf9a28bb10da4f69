-- comment/table_remove: a table's comment is removed
create table t (id integer);
comment on table t is 'Things';
