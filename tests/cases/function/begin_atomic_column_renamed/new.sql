-- function/begin_atomic_column_renamed: a column a BEGIN ATOMIC body reads is renamed; the function follows and is kept
create table t (id integer primary key, quantity integer);
create function total_qty() returns bigint language sql stable
begin atomic
    select sum(quantity) from t;
end;
