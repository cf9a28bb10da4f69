-- trigger/column_dropped_with_when_trigger: a column is dropped with the trigger whose WHEN reads it; another trigger on the table is kept
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table t (id integer primary key, legacy text, updated_at timestamptz);
create trigger t_touch before update on t for each row execute function touch();
create trigger t_legacy before update on t for each row when (new.legacy is not null) execute function touch();
