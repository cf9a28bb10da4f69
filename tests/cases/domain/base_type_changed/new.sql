-- a domain's base type changes under a column holding values: recreated, column converted
create domain "Email" as text constraint email_at check (value like '%@%');
create table users (id int primary key, email "Email" default 'x@y');
insert into users values (1, 'a@b'), (2, 'c@d');
