-- function/return_type_change_under_check: a function a check calls changes return type; the check is dropped and added again
create function code_len(c text) returns bigint language sql immutable as $$ select length(c)::bigint $$;
create table t (id integer primary key, code text, constraint t_code_check check (code_len(code) < 10));
