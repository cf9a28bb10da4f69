-- owner/table_in_schema_owned_by_other_role: in a schema owned by own_admin, a table owned by postgres is given to own_app
create schema sales;
alter schema sales owner to own_admin;
create table sales.deals (id integer primary key, amount numeric not null);
alter table sales.deals owner to own_app;
