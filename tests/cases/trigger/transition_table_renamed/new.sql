-- trigger/transition_table_renamed: an AFTER INSERT statement trigger's NEW TABLE transition relation gets another name
create table t (id integer primary key, qty integer);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_inserts() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail) select tg_table_name, tg_op, count(*)::text from "New Rows";
    return null;
end
$$;
create trigger t_inserts after insert on t referencing new table as "New Rows" for each statement execute function audit_inserts();
