-- trigger/trigger_and_function_replaced: a table's trigger and its function are dropped while another trigger with a new function is created on the table
create table t (id integer primary key, qty integer, updated_at timestamptz);
create function old_guard() returns trigger language plpgsql as $$
begin
    if new.qty < 0 then
        return null;
    end if;
    return new;
end
$$;
create trigger t_guard before insert on t for each row execute function old_guard();
