-- trigger/same_name_two_tables: triggers of the same name on two tables; one is dropped, the other changes
create table a (id integer primary key, updated_at timestamptz);
create table b (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger touch before update on a for each row execute function touch();
create trigger touch before update on b for each row execute function touch();
