-- rename/table_with_constraint_and_index_renames: a table is renamed together with its primary key, unique constraint and index
create table clients (id integer constraint clients_pkey primary key, email text constraint clients_email_key unique, name text);
create index clients_name_idx on clients (name);
insert into clients values (1, 'a@x', 'A');
