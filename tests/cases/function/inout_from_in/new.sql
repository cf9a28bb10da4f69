-- function/inout_from_in: an IN argument becomes INOUT and the RETURNS clause goes (same signature and result type)
create function bump(inout v integer) language sql immutable as $$ select v + 1 $$;
