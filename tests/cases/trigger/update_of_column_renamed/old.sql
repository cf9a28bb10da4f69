-- trigger/update_of_column_renamed: a column named in a trigger's UPDATE OF and WHEN is renamed; the trigger follows and is kept
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table t (id integer primary key, prc numeric(10, 2), updated_at timestamptz);
create trigger t_touch before update of prc on t for each row when (old.prc is distinct from new.prc) execute function touch();
insert into t values (1, 9.99, null);
