-- privilege/function_execute_back_to_public: a function restricted to one role gets PostgreSQL's default back (EXECUTE for PUBLIC, none for the role)
create function add_tax(amount numeric) returns numeric language sql immutable as $$ select amount * 1.2 $$;
revoke execute on function add_tax(numeric) from public;
grant execute on function add_tax(numeric) to app_user;
