-- trigger/function_in_other_schema: a public table's trigger calls a function in another schema, which moves to public
create table t (id integer primary key, updated_at timestamptz);
create schema lib;
create function lib.touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_touch before update on t for each row execute function lib.touch();
