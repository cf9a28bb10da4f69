-- identity/add_identity_column_to_table_with_rows: a new identity column is added to a table with rows (every row gets a value: rewrite)
create table t (name text, id bigint generated always as identity);
