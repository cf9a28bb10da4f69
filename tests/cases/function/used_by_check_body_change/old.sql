-- function/used_by_check_body_change: a function used by a check constraint changes body; the constraint stays
create function is_code(s text) returns boolean language sql immutable as $$ select s ~ '^[A-Z]{2}-[0-9]+$' $$;
create table t (id integer primary key, code text constraint t_code_check check (is_code(code)));
insert into t values (1, 'AB-1');
