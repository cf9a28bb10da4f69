-- function/security_definer_removed: a SECURITY DEFINER function goes back to SECURITY INVOKER
create function whoami() returns text language sql stable as $$ select current_user::text $$;
