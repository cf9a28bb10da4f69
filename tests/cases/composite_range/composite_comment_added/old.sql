-- a composite type and one of its attributes get comments
create type address as (street text, city text);
