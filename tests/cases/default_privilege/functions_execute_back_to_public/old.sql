-- default_privilege/functions_execute_back_to_public: a global REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC is undone: back to PostgreSQL's built-in default
create function net_amount(p_amount numeric) returns numeric language sql immutable as $$ select p_amount / 1.2 $$;
alter default privileges revoke execute on functions from public;
