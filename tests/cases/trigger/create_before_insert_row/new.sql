-- trigger/create_before_insert_row: a BEFORE INSERT FOR EACH ROW trigger and its function are created
create table t (id integer primary key, name text, created_at timestamptz);
create function set_created() returns trigger language plpgsql as $$
begin
    new.created_at := coalesce(new.created_at, now());
    return new;
end
$$;
create trigger t_set_created before insert on t for each row execute function set_created();
