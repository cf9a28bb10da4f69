-- trigger/instead_of_view_recreated: a view with an INSTEAD OF trigger loses a column (drop and create); the trigger is created again
create table t (id integer primary key, name text, note text);
create function v_ins() returns trigger language plpgsql as $$
begin
    insert into t (id, name) values (new.id, new.name);
    return new;
end
$$;
create view v as select id, name from t;
create trigger v_ins instead of insert on v for each row execute function v_ins();
comment on trigger v_ins on v is 'routes inserts';
