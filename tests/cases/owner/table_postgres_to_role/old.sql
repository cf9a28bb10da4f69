-- owner/table_postgres_to_role: a table owned by postgres is given to a role
create table accounts (id integer primary key, name text not null);
