-- quoting/case_sensitive_pairs: names that differ only in case: the capitalised table and column are dropped, the lower-case ones stay
create table "Users" (id integer);
create table users (id integer, "Name" text, name text);
insert into users values (1, 'upper', 'lower');
