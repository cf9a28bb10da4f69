-- rename/column_keeps_rows: a column is renamed, its values stay
create table t (id integer primary key, name text);
