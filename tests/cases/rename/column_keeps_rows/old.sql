-- rename/column_keeps_rows: a column is renamed, its values stay
create table t (id integer primary key, nm text);
insert into t values (1, 'a'), (2, 'b');
