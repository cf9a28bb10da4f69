-- default_privilege/new_table_without_existing_default: a new table that must not keep what an existing default privilege gives it
CREATE TABLE public.audit (id integer PRIMARY KEY);
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
GRANT SELECT ON TABLE public.audit TO dp_reader;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO dp_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE public.accounts (id integer PRIMARY KEY);
