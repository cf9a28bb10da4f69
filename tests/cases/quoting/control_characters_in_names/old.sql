-- quoting/control_characters_in_names: identifiers holding a newline and a tab
create table t (id integer);
