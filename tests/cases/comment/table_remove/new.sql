-- comment/table_remove: a table's comment is removed
create table t (id integer);
