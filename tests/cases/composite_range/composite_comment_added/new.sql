-- a composite type and one of its attributes get comments
create type address as (street text, city text);
comment on type address is 'a postal address';
comment on column address.city is 'city or town';
