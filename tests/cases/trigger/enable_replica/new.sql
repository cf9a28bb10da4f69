-- trigger/enable_replica: an enabled trigger becomes ENABLE REPLICA
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_touch before update on t for each row execute function touch();
alter table t enable replica trigger t_touch;
