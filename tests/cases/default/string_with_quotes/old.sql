-- default/string_with_quotes: a default string holding quotes, a backslash and SQL-looking text
create table t (id integer primary key, note text);
