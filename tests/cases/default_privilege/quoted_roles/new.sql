-- default_privilege/quoted_roles: default privileges naming roles that need quoting: capitals and a space, double quotes, a single quote (also as FOR ROLE)
create table accounts (id integer primary key, name text not null);
alter default privileges grant select on tables to "Dp Reader";
alter default privileges grant insert on tables to "dp ""quoted"" role";
alter default privileges for role "dp_o'reilly" grant usage on sequences to "Dp Reader", "dp ""quoted"" role";
