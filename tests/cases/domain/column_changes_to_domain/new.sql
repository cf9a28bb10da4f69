-- a text column holding valid rows changes type to a new domain over text with a check
create domain email as text constraint email_has_at check (value like '%_@_%');
create table users (id int primary key, email email);
insert into users values (1, 'a@example.com'), (2, null);
