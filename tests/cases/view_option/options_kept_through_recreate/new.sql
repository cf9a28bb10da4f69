-- view_option/options_kept_through_recreate: a view loses an output column, so it is dropped and created again; its security_barrier, security_invoker and check option must come back
create table members (id integer primary key, name text not null, email text not null, active boolean not null);
create view active_members with (security_barrier = true, security_invoker = true) as
    select id, name, active from members where active
    with cascaded check option;
