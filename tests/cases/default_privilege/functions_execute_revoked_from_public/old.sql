-- default_privilege/functions_execute_revoked_from_public: the built-in default EXECUTE for PUBLIC on new functions is revoked globally; the existing function keeps its ACL
create function net_amount(p_amount numeric) returns numeric language sql immutable as $$ select p_amount / 1.2 $$;
