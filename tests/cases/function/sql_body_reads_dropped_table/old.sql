-- function/sql_body_reads_dropped_table: a string-bodied SQL function and the table it reads are dropped together
create table t (id integer primary key, qty integer);
create function a_total() returns bigint language sql stable as $$ select sum(qty) from t $$;
create table keep (id integer);
