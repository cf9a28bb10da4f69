-- procedure/ordered_set_no_direct_args: an ordered-set aggregate with only ORDER BY arguments, and its drop of a twin
create function txt_acc(s text[], v text) returns text[] language sql immutable as $$ select s || v $$;
create function txt_first(s text[]) returns text language sql immutable as $$ select min(x) from unnest(s) x $$;
create aggregate first_sorted_old(order by text) (sfunc = txt_acc, stype = text[], finalfunc = txt_first, initcond = '{}');
