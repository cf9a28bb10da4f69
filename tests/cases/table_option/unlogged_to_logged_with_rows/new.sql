-- table_option/unlogged_to_logged_with_rows: an unlogged table with rows becomes logged (SET LOGGED keeps the rows)
create table import_rows (id integer primary key, line text not null);
create index import_rows_line_idx on import_rows (line);
