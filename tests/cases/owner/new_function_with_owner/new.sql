-- owner/new_function_with_owner: a new function is created and owned by a role; the existing function stays with postgres
create function net_price(gross numeric) returns numeric language sql immutable as $$ select gross / 1.2 $$;
create function gross_price(net numeric) returns numeric language sql immutable as $$ select net * 1.2 $$;
alter function gross_price(numeric) owner to own_app;
