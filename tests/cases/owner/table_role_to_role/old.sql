-- owner/table_role_to_role: a table owned by one role is given to another role
create table accounts (id integer primary key, name text not null);
alter table accounts owner to own_app;
