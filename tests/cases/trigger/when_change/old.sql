-- trigger/when_change: a trigger's WHEN condition changes, another's is removed
create table t (id integer primary key, qty integer, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger a_touch before update on t for each row when (new.qty > 0) execute function touch();
create trigger b_touch before insert on t for each row when (new.qty is not null) execute function touch();
