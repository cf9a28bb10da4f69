-- function/used_by_check: a new immutable function is used by a new check constraint on rows that satisfy it
create table t (id integer primary key, code text);
insert into t values (1, 'AB-1'), (2, 'CD-22');
create function is_code(s text) returns boolean language sql immutable as $$ select s ~ '^[A-Z]{2}-[0-9]+$' $$;
alter table t add constraint t_code_check check (is_code(code));
