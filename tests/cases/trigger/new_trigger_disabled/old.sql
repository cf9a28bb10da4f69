-- trigger/new_trigger_disabled: a new trigger is created in the disabled state, another in the replica state
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
