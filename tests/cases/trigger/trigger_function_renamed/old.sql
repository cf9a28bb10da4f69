-- trigger/trigger_function_renamed: a trigger function is renamed; the trigger follows and is kept
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_touch before update on t for each row execute function touch();
