-- function/default_changed: two arguments' default values change (CREATE OR REPLACE can do it)
create function pad(s text, width integer default 8, fill text default '0') returns text language sql immutable as $$ select lpad(s, width, fill) $$;
