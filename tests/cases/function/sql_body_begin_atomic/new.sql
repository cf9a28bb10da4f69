-- function/sql_body_begin_atomic: a function with a SQL-standard BEGIN ATOMIC body reading a table is created
create table t (id integer primary key, qty integer);
create function qty_of(p_id integer) returns integer language sql stable
begin atomic
    select qty from t where id = p_id;
end;
