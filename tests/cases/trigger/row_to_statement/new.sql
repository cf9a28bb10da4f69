-- trigger/row_to_statement: a FOR EACH ROW trigger becomes FOR EACH STATEMENT
create table t (id integer primary key);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_any() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail) values (tg_table_name, tg_op, tg_level);
    return null;
end
$$;
create trigger t_audit after insert on t for each statement execute function audit_any();
