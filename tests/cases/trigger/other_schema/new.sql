-- trigger/other_schema: a trigger on a table in another schema, calling a function in that schema
create schema sales;
create table sales.orders (id integer primary key, updated_at timestamptz);
create function sales.touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger orders_touch before update on sales.orders for each row execute function sales.touch();
