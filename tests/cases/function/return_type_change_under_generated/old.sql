-- function/return_type_change_under_generated: a function a generated column calls changes return type; the column is computed again
create function doubled(v integer) returns integer language sql immutable as $$ select v * 2 $$;
create table t (id integer primary key, a integer, d bigint generated always as (doubled(a)) stored);
insert into t (id, a) values (1, 21);
