-- function/comment: a function gains a comment, another's comment changes, a third loses it
create function a_fn() returns integer language sql immutable as $$ select 1 $$;
create function b_fn(x integer) returns integer language sql immutable as $$ select x $$;
create function c_fn(x text) returns text language sql immutable as $$ select x $$;
comment on function a_fn() is 'returns one; it''s "constant"';
comment on function b_fn(integer) is 'new comment';
