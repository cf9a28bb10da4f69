-- trigger/table_and_trigger_created: a new table and its trigger on an existing function are created
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
