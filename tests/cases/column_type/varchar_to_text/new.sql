-- column_type/varchar_to_text: varchar(30) becomes text (binary coercible, no rewrite)
create table t (id integer primary key, name text);
