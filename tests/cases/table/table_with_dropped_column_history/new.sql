-- table/table_with_dropped_column_history: a table whose column was dropped before gains new columns (attribute numbers have holes)
create table t (a integer, b integer, c text);
