-- privilege/table_grant_replaces_column_grants: a role's SELECT on two columns is replaced by SELECT on the whole table (the column grants go)
create table customers (id integer primary key, name text not null, email text, password_hash text);
grant select on customers to reporting;
