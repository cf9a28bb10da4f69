-- function/quoted_names: functions and arguments named with capitals, spaces, double quotes and a semicolon
create function "My Func"("Arg One" integer) returns integer language sql immutable as $$ select "Arg One" + 2 $$;
create function "we""ird"("x""y" text) returns text language sql immutable as $$ select "x""y" || '"' $$;
create function "Upper"() returns text language sql immutable as $$ select 'U' $$;
create function "semi;colon"(a integer) returns integer language sql immutable as $$ select a $$;
create function upper_twin("Upper" integer) returns integer language sql immutable as $$ select "Upper" $$;
