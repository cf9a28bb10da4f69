-- function/used_by_default_body_change: a function used by a column default changes body; the default stays
create function new_code() returns text language sql volatile as $$ select 'K-' || substr(md5(random()::text), 1, 8) $$;
create table t (id integer primary key, code text default new_code());
