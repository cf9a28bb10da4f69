-- trigger/drop_table_with_trigger: a table with a trigger is dropped; the trigger function stays for another table
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table keep (id integer primary key, updated_at timestamptz);
create trigger keep_touch before update on keep for each row execute function touch();
create table gone (id integer primary key, updated_at timestamptz);
create trigger gone_touch before update on gone for each row execute function touch();
