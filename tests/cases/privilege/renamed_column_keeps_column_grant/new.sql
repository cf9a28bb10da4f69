-- privilege/renamed_column_keeps_column_grant: a column with column-level grants to two roles is renamed; its grants follow the rename
create table contacts (id integer not null, email text, secret text);
grant select (id, email) on contacts to reporting;
grant update (email) on contacts to app_user;
