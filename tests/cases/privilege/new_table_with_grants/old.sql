-- privilege/new_table_with_grants: a table created by the plan comes with grants to two roles and PUBLIC
create table accounts (id integer primary key, name text not null);
