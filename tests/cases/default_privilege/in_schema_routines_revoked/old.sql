-- default_privilege/in_schema_routines_revoked: IN SCHEMA sales: a default EXECUTE granted ON ROUTINES (stored as functions) is revoked
create schema sales;
create function sales.add_tax(p_amount numeric) returns numeric language sql immutable as $$ select p_amount * 1.2 $$;
alter default privileges in schema sales grant execute on routines to dp_app;
