-- trigger/function_replaced: a trigger now executes a different function; the old function is dropped
create table t (id integer primary key, updated_at timestamptz, updated_by text);
create function touch_time_and_user() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    new.updated_by := current_user;
    return new;
end
$$;
create trigger t_touch before update on t for each row execute function touch_time_and_user();
