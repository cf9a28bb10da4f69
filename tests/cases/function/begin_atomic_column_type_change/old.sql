-- function/begin_atomic_column_type_change: a column a BEGIN ATOMIC body reads changes type (the function blocks ALTER TYPE and is recreated)
create table t (id integer primary key, qty integer);
create function total_qty() returns bigint language sql stable
begin atomic
    select sum(qty) from t;
end;
insert into t values (1, 5);
