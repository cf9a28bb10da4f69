-- function/security_definer: a function becomes SECURITY DEFINER with a pinned search_path
create table t (id integer primary key, qty integer);
create function count_t() returns bigint language sql stable as $$ select count(*) from public.t $$;
