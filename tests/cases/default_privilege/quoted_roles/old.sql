-- default_privilege/quoted_roles: default privileges naming roles that need quoting: capitals and a space, double quotes, a single quote (also as FOR ROLE)
create table accounts (id integer primary key, name text not null);
