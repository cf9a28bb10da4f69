-- default_privilege/public_grantee: PUBLIC as grantee: new tables grant SELECT to PUBLIC, new sequences USAGE to PUBLIC
create table accounts (id integer primary key, name text not null);
