-- a composite type's comment changes and its attribute's comment is removed
create type address as (street text, city text);
comment on type address is 'a postal address, as printed on envelopes';
