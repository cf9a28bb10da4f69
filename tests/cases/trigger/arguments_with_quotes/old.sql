-- trigger/arguments_with_quotes: trigger arguments holding quotes, spaces, dollars, a backslash and an empty string
create table t (id integer primary key);
create table audit (at timestamptz not null default now(), tbl text, op text, detail text);
create function audit_args() returns trigger language plpgsql as $$
begin
    insert into audit (tbl, op, detail) values (tg_table_name, tg_op, array_to_string(tg_argv, '|'));
    return null;
end
$$;
