-- trigger/when_column_type_change: a column used in a trigger's WHEN changes type (ALTER TYPE is refused while the trigger exists)
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table t (id integer primary key, qty integer, updated_at timestamptz);
insert into t values (1, 5, null);
create trigger t_touch before update on t for each row when (old.qty is distinct from new.qty) execute function touch();
