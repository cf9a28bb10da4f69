-- trigger/update_of_columns: a BEFORE UPDATE OF two columns trigger is created
create table t (id integer primary key, price numeric(10, 2), qty integer, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
