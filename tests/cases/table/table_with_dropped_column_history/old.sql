-- table/table_with_dropped_column_history: a table whose column was dropped before gains new columns (attribute numbers have holes)
create table t (a integer, gone text, b integer);
alter table t drop column gone;
insert into t values (1, 2);
