-- an attribute is added to a composite type used through an array column holding rows
create type address as (street text, city text, zip varchar(10));
create table people (id int primary key, homes address[]);
insert into people values (1, array[row('1 Main St', 'Springfield', null)::address, row('2 Elm St', 'Shelbyville', null)::address]);
