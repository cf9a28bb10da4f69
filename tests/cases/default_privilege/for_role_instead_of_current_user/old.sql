-- default_privilege/for_role_instead_of_current_user: the same default SELECT on tables moves from the current user (postgres, no FOR ROLE) to FOR ROLE dp_owner
create table accounts (id integer primary key, name text not null);
alter default privileges grant select on tables to dp_reader;
