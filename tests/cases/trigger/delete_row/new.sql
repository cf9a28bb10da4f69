-- trigger/delete_row: a BEFORE DELETE FOR EACH ROW trigger that blocks deletes is created
create table t (id integer primary key, locked boolean not null default false);
create function no_delete_locked() returns trigger language plpgsql as $$
begin
    if old.locked then
        raise exception 'row % is locked', old.id;
    end if;
    return old;
end
$$;
create trigger t_no_delete_locked before delete on t for each row execute function no_delete_locked();
