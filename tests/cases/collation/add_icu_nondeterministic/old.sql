-- a nondeterministic ICU collation is added and a new column uses it
create table users (id int primary key, email text);
