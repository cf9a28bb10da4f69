-- trigger/constraint_trigger_deferral_change: a constraint trigger goes from NOT DEFERRABLE to DEFERRABLE INITIALLY DEFERRED, another from DEFERRED to IMMEDIATE
create table t (id integer primary key, qty integer);
create function check_qty() returns trigger language plpgsql as $$
begin
    if new.qty < 0 then
        raise exception 'negative qty for %', new.id;
    end if;
    return null;
end
$$;
create constraint trigger a_check after insert on t deferrable initially deferred for each row execute function check_qty();
create constraint trigger b_check after update on t deferrable initially immediate for each row execute function check_qty();
