-- trigger/disabled_trigger_changes_events: a disabled trigger changes events and stays disabled
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_touch before update on t for each row execute function touch();
alter table t disable trigger t_touch;
