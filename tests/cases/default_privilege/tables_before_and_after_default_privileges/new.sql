-- default_privilege/tables_before_and_after_default_privileges: new tables created before the default privileges have no grants, those created after carry them in their ACL
create table accounts (id integer primary key, name text not null);
create table ledger (id integer primary key, account_id integer not null, amount numeric(12,2) not null);
alter default privileges grant select on tables to dp_reader;
create table invoices (id integer primary key, account_id integer not null, total numeric(12,2) not null);
