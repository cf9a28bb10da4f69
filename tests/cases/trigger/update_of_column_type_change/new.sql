-- trigger/update_of_column_type_change: a column named in a trigger's UPDATE OF changes type (ALTER TYPE is refused while the trigger exists)
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create table t (id integer primary key, code text, updated_at timestamptz);
create trigger t_touch before update of code on t for each row execute function touch();
