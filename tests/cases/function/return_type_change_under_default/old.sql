-- function/return_type_change_under_default: a function used by a column default changes return type; the default is dropped and set again
create function next_num() returns integer language sql volatile as $$ select (random() * 1000)::integer $$;
create table t (id integer primary key, n bigint default next_num());
insert into t values (1, 5);
