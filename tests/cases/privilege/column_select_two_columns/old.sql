-- privilege/column_select_two_columns: a role is granted SELECT on two columns of a table only (column-level GRANT)
create table customers (id integer primary key, name text not null, email text, password_hash text);
