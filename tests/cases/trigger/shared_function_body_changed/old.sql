-- trigger/shared_function_body_changed: a trigger function shared by triggers on two tables changes body; the triggers are kept
create table customers (id integer primary key, name text, updated_at timestamptz);
create table orders (id integer primary key, total numeric(10, 2), updated_at timestamptz);
create function set_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger set_updated_at before update on customers for each row execute function set_updated_at();
create trigger set_updated_at before update on orders for each row execute function set_updated_at();
