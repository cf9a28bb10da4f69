-- function/default_removed: an argument loses its default value (CREATE OR REPLACE refuses)
create function pad(s text, width integer default 8) returns text language sql immutable as $$ select lpad(s, width, '0') $$;
