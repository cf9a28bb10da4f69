-- owner/table_role_to_postgres: a table owned by a role goes back to postgres
create table accounts (id integer primary key, name text not null);
alter table accounts owner to own_app;
