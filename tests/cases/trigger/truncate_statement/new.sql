-- trigger/truncate_statement: an AFTER TRUNCATE statement-level trigger is created
create table t (id integer primary key);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_stmt() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op) values (tg_table_name, tg_op);
    return null;
end
$$;
create trigger t_truncated after truncate on t for each statement execute function audit_stmt();
