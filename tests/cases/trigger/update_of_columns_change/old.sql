-- trigger/update_of_columns_change: a trigger's UPDATE OF column list gains a column
create table t (id integer primary key, price numeric(10, 2), qty integer, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_touch before update of price on t for each row execute function touch();
