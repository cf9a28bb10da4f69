-- trigger/before_to_after: a trigger's timing changes from BEFORE to AFTER
create table t (id integer primary key, qty integer);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_any() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail) values (tg_table_name, tg_op, tg_when);
    return new;
end
$$;
create trigger t_audit before insert on t for each row execute function audit_any();
