-- privilege/column_grant_option: a column-level SELECT gains WITH GRANT OPTION on one column and a plain grant on another
create table customers (id integer primary key, name text not null, email text, password_hash text);
grant select (name) on customers to app_admin with grant option;
grant select (email) on customers to app_admin;
