-- statistics/quoting_ugly_names: statistics whose name has a dot, a quote and a semicolon, on columns named like keywords, with a comment holding a newline and a backslash
create table "select" ("from" integer, "a.b" integer, "x""y" text);
