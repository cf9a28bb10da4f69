-- table/columns_added_to_zero_column_table: a table without columns gains two
create table t (a integer, b text);
