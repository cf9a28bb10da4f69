-- the attributes of a composite type held by a column with rows are reordered, one dropped and one added: the values follow their attributes by name
create type "Address" as (city text, street text, country text);
create table customers (id int primary key, home "Address" default row('Springfield', 'Main St', 'US')::"Address", work "Address");
insert into customers values (1, row('Shelbyville', 'Elm St', null), null), (2, row('Springfield', 'Main St', null), row(null, null, null));
