-- owner/table_with_capitals: a table whose name has capitals and a space is given to a role
create table "Order Lines" ("Line Id" integer primary key, qty integer not null);
alter table "Order Lines" owner to own_app;
