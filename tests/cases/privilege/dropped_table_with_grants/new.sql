-- privilege/dropped_table_with_grants: a table with grants to a role and PUBLIC is dropped; the other table's grants stay
create table accounts (id integer primary key, name text not null);
grant select on accounts to reporting;
