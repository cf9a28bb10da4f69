-- privilege/select_to_role: SELECT on a table is granted to one role
create table accounts (id integer primary key, name text not null);
grant select on accounts to app_user;
