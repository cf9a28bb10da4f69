-- function/chain_default_view_type_change: a function used by a column default changes return type with the column, while a view reads that column
create function next_code() returns bigint language sql volatile as $$ select (random() * 1000000000000)::bigint $$;
create table t (id integer primary key, code bigint default next_code());
create view codes as select id, code from t where code > 0;
