-- a text column holding valid rows changes type to a new domain over text with a check
create table users (id int primary key, email text);
insert into users values (1, 'a@example.com'), (2, null);
