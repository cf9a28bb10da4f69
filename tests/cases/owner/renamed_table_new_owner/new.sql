-- owner/renamed_table_new_owner: a table is renamed and given to a role; its rows are kept
create table customers (id integer not null, name text not null);
alter table customers owner to own_app;
