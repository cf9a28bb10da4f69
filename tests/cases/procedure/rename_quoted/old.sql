-- procedure/rename_quoted: a procedure with a capitalised name in another schema is renamed to a name with a space and a quote
create schema "Ops";
create procedure "Ops"."Nightly"(days integer) language plpgsql as $$ begin perform days; end $$;
