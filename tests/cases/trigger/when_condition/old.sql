-- trigger/when_condition: row triggers with WHEN conditions (a column change, a whole-row change) are created
create table t (id integer primary key, qty integer, note text, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
