-- identity/drop_table_with_identity: a table with an identity column is dropped (with its sequence)
create table keep (id integer);
