-- a column holding rows goes from a domain to the domain's base type and the domain is dropped
create domain email as text constraint email_has_at check (value like '%@%');
create table users (id int primary key, email email not null);
insert into users values (1, 'a@example.com'), (2, 'b@example.com');
