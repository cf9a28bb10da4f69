-- privilege/column_grants_replace_table_grant: a role's SELECT on the whole table is narrowed to SELECT on two columns (a table-level REVOKE also clears column grants: revoke first)
create table customers (id integer primary key, name text not null, email text, password_hash text);
grant select on customers to reporting;
