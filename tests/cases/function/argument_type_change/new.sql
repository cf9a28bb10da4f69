-- function/argument_type_change: an argument changes type from integer to bigint (a different signature)
create function double_it(v bigint) returns bigint language sql immutable as $$ select v * 2 $$;
