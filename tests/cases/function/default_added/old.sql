-- function/default_added: an argument gains a default value
create function pad(s text, width integer) returns text language sql immutable as $$ select lpad(s, width, '0') $$;
