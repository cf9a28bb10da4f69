-- trigger/transition_tables: an AFTER UPDATE statement trigger with REFERENCING OLD TABLE AS and NEW TABLE AS
create table t (id integer primary key, qty integer);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_changes() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail)
    select tg_table_name, tg_op, o.qty || ' -> ' || n.qty
    from old_rows o join new_rows n on n.id = o.id;
    return null;
end
$$;
