-- default_privilege/for_role_granted: FOR ROLE dp_owner: tables that dp_owner creates will grant SELECT to dp_reader; postgres's own defaults stay untouched
create table accounts (id integer primary key, name text not null);
