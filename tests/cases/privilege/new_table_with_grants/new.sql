-- privilege/new_table_with_grants: a table created by the plan comes with grants to two roles and PUBLIC
create table accounts (id integer primary key, name text not null);
create table audit_log (id bigint generated always as identity primary key, account_id integer not null, note text);
grant insert on audit_log to app_user;
grant select on audit_log to public;
grant select on audit_log to reporting;
