-- default_privilege/new_table_under_existing_default: a default privilege already there gives a new table its grant
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO dp_reader;
CREATE TABLE public.accounts (id integer PRIMARY KEY);
