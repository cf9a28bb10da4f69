-- an attribute with COLLATE "C" is added to a composite type used by a column
create type person_name as (given text, family text);
create table people (id int primary key, name person_name);
insert into people values (1, row('Grace', 'Hopper'));
