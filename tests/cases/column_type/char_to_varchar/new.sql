-- column_type/char_to_varchar: char(5) becomes varchar(5) (trailing blanks are dropped by the cast)
create table t (id integer primary key, code varchar(5));
