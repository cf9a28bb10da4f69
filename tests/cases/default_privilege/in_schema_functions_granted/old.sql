-- default_privilege/in_schema_functions_granted: IN SCHEMA sales: a role gets EXECUTE by default on functions created there (PUBLIC keeps its global default)
create schema sales;
create function sales.add_tax(p_amount numeric) returns numeric language sql immutable as $$ select p_amount * 1.2 $$;
