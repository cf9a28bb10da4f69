-- trigger/events_change: a trigger's events change from INSERT to DELETE OR UPDATE
create table t (id integer primary key, qty integer);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_any() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail) values (tg_table_name, tg_op, tg_level);
    return null;
end
$$;
create trigger t_audit after delete or update on t for each row execute function audit_any();
