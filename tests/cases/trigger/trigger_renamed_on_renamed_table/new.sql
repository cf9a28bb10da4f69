-- trigger/trigger_renamed_on_renamed_table: a table is renamed and its trigger is renamed after it
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table products (id integer, updated_at timestamptz);
create trigger products_touch before update on products for each row execute function touch();
