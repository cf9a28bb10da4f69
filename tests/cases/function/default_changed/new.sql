-- function/default_changed: two arguments' default values change (CREATE OR REPLACE can do it)
create function pad(s text, width integer default 12, fill text default 'it''s') returns text language sql immutable as $$ select lpad(s, width, fill) $$;
