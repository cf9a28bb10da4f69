-- not_null/renamed_column_set_not_null: a column is renamed and becomes NOT NULL in the same plan
create table t (id integer primary key, nm text);
insert into t values (1, 'a');
