-- an attribute is added at the end of a composite type used by a column holding rows
create type address as (street text, city text);
create table people (id int primary key, home address);
insert into people values (1, row('1 Main St', 'Springfield'));
