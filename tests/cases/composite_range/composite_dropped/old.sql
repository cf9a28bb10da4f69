-- a composite type no column uses is dropped
create type address as (street text, city text);
create table people (id int primary key, city text);
