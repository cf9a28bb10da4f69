-- quoting/control_characters_in_names: identifiers holding a newline and a tab
create table t (id integer, U&"line\000Abreak" text, U&"tab\0009name" integer);
create index U&"idx\000Anl" on t (U&"tab\0009name");
