-- trigger/arguments_change: a trigger's arguments change (one added, one changed)
create table t (id integer primary key);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_args() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail) values (tg_table_name, tg_op, array_to_string(tg_argv, '|'));
    return null;
end
$$;
create trigger t_audit after insert on t for each row execute function audit_args('v1');
