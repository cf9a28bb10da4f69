-- trigger/enable_always: a disabled trigger becomes ENABLE ALWAYS, a replica one becomes plainly enabled
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger a_touch before update on t for each row execute function touch();
create trigger b_touch before insert on t for each row execute function touch();
alter table t disable trigger a_touch;
alter table t enable replica trigger b_touch;
