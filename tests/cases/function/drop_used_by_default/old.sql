-- function/drop_used_by_default: a function and the column default calling it are both dropped
create function new_code() returns text language sql volatile as $$ select md5(random()::text) $$;
create table t (id integer primary key, code text default new_code());
insert into t values (1, 'a');
