-- function/inout_arg: a function with an INOUT argument and two defaulted IN arguments is created
create function clamp(inout v integer, lo integer default 0, hi integer default 100) language sql immutable as $$ select greatest(lo, least(hi, v)) $$;
