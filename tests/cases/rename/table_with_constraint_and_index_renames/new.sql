-- rename/table_with_constraint_and_index_renames: a table is renamed together with its primary key, unique constraint and index
create table customers (id integer constraint customers_pkey primary key, email text constraint customers_email_key unique, name text);
create index customers_name_idx on customers (name);
