-- function/default_added: an argument gains a default value
create function pad(s text, width integer default 8) returns text language sql immutable as $$ select lpad(s, width, '0') $$;
