-- trigger/constraint_trigger_to_plain: a constraint trigger becomes a plain AFTER row trigger of the same name
create table t (id integer primary key, qty integer);
create function check_qty() returns trigger language plpgsql as $$
begin
    if new.qty < 0 then
        raise exception 'negative qty for %', new.id;
    end if;
    return null;
end
$$;
create constraint trigger t_check after insert or update on t deferrable initially deferred for each row execute function check_qty();
