-- privilege/public_schema_create_granted: about schema public itself: CREATE on it is granted to one role; PUBLIC keeps only USAGE (PostgreSQL 15's default)
create table accounts (id integer primary key, name text not null);
grant create on schema public to app_admin;
