-- function/used_by_column_default: a new function becomes an existing column's default
create table t (id integer primary key, code text);
insert into t values (1, 'a');
create function new_code() returns text language sql volatile as $$ select 'C-' || md5(random()::text) $$;
alter table t alter column code set default new_code();
