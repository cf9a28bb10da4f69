-- function/begin_atomic_column_renamed: a column a BEGIN ATOMIC body reads is renamed; the function follows and is kept
create table t (id integer primary key, qty integer);
create function total_qty() returns bigint language sql stable
begin atomic
    select sum(qty) from t;
end;
insert into t values (1, 5);
