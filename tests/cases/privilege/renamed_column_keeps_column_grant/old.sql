-- privilege/renamed_column_keeps_column_grant: a column with column-level grants to two roles is renamed; its grants follow the rename
create table contacts (id integer not null, mail text, secret text);
grant select (id, mail) on contacts to reporting;
grant update (mail) on contacts to app_user;
insert into contacts values (1, 'a@example.com', 'x');
