-- privilege/dropped_table_with_grants: a table with grants to a role and PUBLIC is dropped; the other table's grants stay
create table accounts (id integer primary key, name text not null);
create table audit_log (id bigint generated always as identity primary key, account_id integer not null, note text);
grant select on accounts to reporting;
grant select, insert on audit_log to app_user;
grant select on audit_log to public;
