-- procedure/overloads: a procedure overload is added and another dropped
create procedure log_it(msg text) language plpgsql as $$ begin raise log '%', msg; end $$;
create procedure log_it(code integer) language plpgsql as $$ begin raise log '%', code; end $$;
