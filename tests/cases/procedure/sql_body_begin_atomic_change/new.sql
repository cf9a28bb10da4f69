-- procedure/sql_body_begin_atomic_change: a BEGIN ATOMIC procedure body changes
create table items (id integer primary key, qty integer);
create procedure zero_item(p_id integer) language sql
begin atomic
    update items set qty = 0 where id = p_id and qty > 0;
    delete from items where id = p_id and qty is null;
end;
