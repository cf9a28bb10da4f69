-- trigger/trigger_on_renamed_table: a table with triggers is renamed; the triggers follow and keep their names
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table items (id integer, updated_at timestamptz);
create trigger items_touch before update on items for each row execute function touch();
create trigger items_touch_ins before insert on items for each row when (new.id > 0) execute function touch();
alter table items disable trigger items_touch_ins;
insert into items values (1, null);
