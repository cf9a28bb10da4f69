-- statistics/quoting_ugly_names: statistics whose name has a dot, a quote and a semicolon, on columns named like keywords, with a comment holding a newline and a backslash
create table "select" ("from" integer, "a.b" integer, "x""y" text);
create statistics "st.a""b;c" (dependencies) on "from", "a.b", "x""y" from "select";
comment on statistics "st.a""b;c" is E'line one\nline two \\ back';
create statistics "Order" on (lower("x""y")) from "select";
