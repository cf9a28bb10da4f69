-- the attributes of a composite type held by a column with rows are reordered, one dropped and one added: the values follow their attributes by name
create type "Address" as (street text, city text, zip integer);
create table customers (id int primary key, home "Address" default row('Main St', 'Springfield', 1)::"Address", work "Address");
insert into customers values (1, row('Elm St', 'Shelbyville', 42), null), (2, default, row(null, null, null));
