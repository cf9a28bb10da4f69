-- quoting/digits_dashes_edge_spaces: names starting with a digit, holding a dash, with leading or trailing spaces
create table "1st" (id integer, "with-dash" integer, "trailing space " text, " leading" text);
create table " " (" " integer);
