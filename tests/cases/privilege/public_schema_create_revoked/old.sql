-- privilege/public_schema_create_revoked: about schema public itself: a role loses CREATE on it, back to PostgreSQL 15's default ACL of schema public
create table accounts (id integer primary key, name text not null);
grant usage, create on schema public to app_admin;
