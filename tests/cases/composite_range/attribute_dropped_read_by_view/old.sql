-- an attribute read by a view is dropped from a composite type; the view stops reading it
create type address as (street text, city text, fax text);
create table people (id int primary key, home address);
create view people_contacts as select id, (home).city as city, (home).fax as fax from people;
insert into people values (1, row('1 Main St', 'Springfield', '555-0100'));
