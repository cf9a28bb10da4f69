-- comment/on_renamed_table_and_column: a table and a column are renamed and their comments changed
create table t (a integer);
comment on table t is 'old table';
comment on column t.a is 'old column';
