-- owner/new_table_with_owner: a new table is created and owned by a role; the existing table stays with postgres
create table customers (id integer primary key, name text not null);
