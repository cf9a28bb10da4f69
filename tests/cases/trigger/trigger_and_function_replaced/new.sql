-- trigger/trigger_and_function_replaced: a table's trigger and its function are dropped while another trigger with a new function is created on the table
create table t (id integer primary key, qty integer, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_touch before update on t for each row execute function touch();
