-- function/leakproof: a function becomes LEAKPROOF, another stops being so
create function same_ci(a text, b text) returns boolean language sql immutable strict as $$ select lower(a) = lower(b) $$;
create function was_leakproof(a integer) returns integer language sql immutable leakproof as $$ select a $$;
