-- trigger/disable: a trigger is disabled with ALTER TABLE ... DISABLE TRIGGER
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_touch before update on t for each row execute function touch();
