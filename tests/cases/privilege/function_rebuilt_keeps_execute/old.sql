-- privilege/function_rebuilt_keeps_execute: a function's return type changes (CREATE OR REPLACE refuses: drop and create); its EXECUTE grants come back, PUBLIC stays revoked
create table t (id integer primary key, qty integer);
create function total_qty() returns integer language sql stable as $$ select coalesce(sum(qty), 0)::integer from t $$;
revoke execute on function total_qty() from public;
grant execute on function total_qty() to app_user;
grant execute on function total_qty() to reporting;
