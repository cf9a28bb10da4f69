-- function/return_type_change_under_default: a function used by a column default changes return type; the default is dropped and set again
create function next_num() returns bigint language sql volatile as $$ select (random() * 1000000)::bigint $$;
create table t (id integer primary key, n bigint default next_num());
