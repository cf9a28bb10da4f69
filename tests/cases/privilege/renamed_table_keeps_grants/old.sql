-- privilege/renamed_table_keeps_grants: a table with grants to two roles is renamed; its ACL follows the rename, nothing is granted again
create table docs (id integer not null, body text);
grant select on docs to reporting;
grant select, insert, update on docs to app_user with grant option;
insert into docs values (1, 'first'), (2, 'second');
