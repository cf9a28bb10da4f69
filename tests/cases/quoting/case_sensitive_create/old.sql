-- quoting/case_sensitive_create: a capitalised twin of an existing table and column is created
create table users (id integer, name text);
