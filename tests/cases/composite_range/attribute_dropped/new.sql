-- an attribute is dropped from a composite type used by a column holding rows; the other attributes keep their values
create type address as (street text, city text);
create table people (id int primary key, home address);
insert into people values (1, row('1 Main St', 'Springfield'));
