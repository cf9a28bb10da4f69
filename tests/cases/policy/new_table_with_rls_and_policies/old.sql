-- policy/new_table_with_rls_and_policies: a new table is created with row level security enabled and forced and three policies, one of them reading an existing table
create table accounts (id integer primary key, owner_name text not null);
insert into accounts values (1, 'alice');
