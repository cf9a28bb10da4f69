-- trigger/trigger_on_renamed_table: a table with triggers is renamed; the triggers follow and keep their names
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table products (id integer, updated_at timestamptz);
create trigger items_touch before update on products for each row execute function touch();
create trigger items_touch_ins before insert on products for each row when (new.id > 0) execute function touch();
alter table products disable trigger items_touch_ins;
