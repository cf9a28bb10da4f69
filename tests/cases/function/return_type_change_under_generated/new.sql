-- function/return_type_change_under_generated: a function a generated column calls changes return type; the column is computed again
create function doubled(v integer) returns bigint language sql immutable as $$ select v::bigint * 2 $$;
create table t (id integer primary key, a integer, d bigint generated always as (doubled(a)) stored);
