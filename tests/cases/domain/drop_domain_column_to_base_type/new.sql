-- a column holding rows goes from a domain to the domain's base type and the domain is dropped
create table users (id int primary key, email text not null);
insert into users values (1, 'a@example.com'), (2, 'b@example.com');
