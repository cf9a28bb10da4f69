-- trigger/table_and_trigger_created: a new table and its trigger on an existing function are created
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table t (id integer primary key, updated_at timestamptz);
create trigger t_touch before update on t for each row execute function touch();
