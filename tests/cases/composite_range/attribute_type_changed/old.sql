-- an attribute of a composite type no table uses changes type varchar(10) -> varchar(20)
create type address as (street text, city text, zip varchar(10));
