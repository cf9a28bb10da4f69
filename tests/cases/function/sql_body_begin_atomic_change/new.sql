-- function/sql_body_begin_atomic_change: a BEGIN ATOMIC body changes to two statements
create table t (id integer primary key, qty integer);
create table log (at timestamptz default now(), what text);
create function qty_of(p_id integer) returns integer language sql
begin atomic
    insert into log (what) values ('qty_of ' || p_id);
    select coalesce(qty, 0) from t where id = p_id;
end;
