-- function/rename_quoted: a function with a quoted, spaced name is renamed to another such name, in another schema
create schema "Util Lib";
create function "Util Lib"."My ""Func"""(a text, b integer) returns text language sql immutable as $$ select repeat(a, b) $$;
