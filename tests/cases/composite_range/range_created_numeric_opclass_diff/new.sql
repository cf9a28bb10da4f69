-- a range type over numeric with an explicit subtype_opclass and a subtype_diff function is created
create function numeric_gap(a numeric, b numeric) returns float8 language sql immutable strict as $$ select (a - b)::float8 $$;
create type price_band as range (subtype = numeric, subtype_opclass = numeric_ops, subtype_diff = numeric_gap);
create table prices (id int primary key);
