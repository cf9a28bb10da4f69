-- function/polymorphic: polymorphic functions over anyelement, anyarray and anycompatible are created
create function first_non_null(a anyelement, b anyelement) returns anyelement language sql immutable as $$ select coalesce(a, b) $$;
create function last_of(arr anyarray) returns anyelement language sql immutable as $$ select arr[array_upper(arr, 1)] $$;
create function pick(flag boolean, a anycompatible, b anycompatible) returns anycompatible language sql immutable as $$ select case when flag then a else b end $$;
