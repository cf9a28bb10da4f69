-- function/sql_body_reads_table: a table and a string-bodied SQL function reading it are created (function after table)
create table t (id integer primary key, qty integer);
create function a_total() returns bigint language sql stable as $$ select sum(qty) from t $$;
