-- privilege/renamed_table_keeps_grants: a table with grants to two roles is renamed; its ACL follows the rename, nothing is granted again
create table documents (id integer not null, body text);
grant select on documents to reporting;
grant select, insert, update on documents to app_user with grant option;
