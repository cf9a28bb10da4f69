-- trigger/instead_of_view: INSTEAD OF INSERT and INSTEAD OF UPDATE OR DELETE row triggers on a view
create table t (id integer primary key, name text, hidden boolean not null default false);
create view visible as select id, name from t where not hidden;
create function visible_ins() returns trigger language plpgsql as $$
begin
    insert into t (id, name) values (new.id, new.name);
    return new;
end
$$;
create function visible_upd_del() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update t set hidden = true where id = old.id;
        return old;
    end if;
    update t set name = new.name where id = old.id;
    return new;
end
$$;
create trigger visible_ins instead of insert on visible for each row execute function visible_ins();
create trigger visible_upd_del instead of update or delete on visible for each row execute function visible_upd_del();
