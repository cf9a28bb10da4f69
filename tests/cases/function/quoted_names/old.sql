-- function/quoted_names: functions and arguments named with capitals, spaces, double quotes and a semicolon
create function "My Func"("Arg One" integer) returns integer language sql immutable as $$ select "Arg One" + 1 $$;
