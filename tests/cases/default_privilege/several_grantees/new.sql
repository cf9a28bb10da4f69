-- default_privilege/several_grantees: one global entry for tables, from one grantee to three with different privileges
create table accounts (id integer primary key, name text not null);
alter default privileges grant select on tables to dp_reader, dp_auditor;
alter default privileges grant select, insert, update on tables to dp_writer;
