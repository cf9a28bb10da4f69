-- trigger/after_update_row: an AFTER UPDATE FOR EACH ROW trigger writes an audit table
create table t (id integer primary key, qty integer);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_row() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail) values (tg_table_name, tg_op, tg_argv[0]);
    return null;
end
$$;
