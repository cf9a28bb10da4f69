-- trigger/rename: a trigger is renamed
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger trg before update on t for each row execute function touch();
