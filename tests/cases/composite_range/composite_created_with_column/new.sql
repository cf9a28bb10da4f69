-- a composite type is created and a column of it added to a table holding rows
create type address as (street text, city text, zip varchar(10));
create table people (id int primary key, name text not null, home address);
insert into people values (1, 'Ada'), (2, 'Alan');
