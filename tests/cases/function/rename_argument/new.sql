-- function/rename_argument: an argument is renamed (CREATE OR REPLACE cannot change input parameter names)
create function scale(x numeric, multiplier numeric) returns numeric language sql immutable as $$ select x * multiplier $$;
