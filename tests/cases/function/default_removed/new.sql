-- function/default_removed: an argument loses its default value (CREATE OR REPLACE refuses)
create function pad(s text, width integer) returns text language sql immutable as $$ select lpad(s, width, '0') $$;
