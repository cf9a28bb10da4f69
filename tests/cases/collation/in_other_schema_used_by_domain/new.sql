-- a collation in its own schema is added with a domain and a table using it
create schema "Text Rules";
create collation "Text Rules".ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create domain ci_text as text collate "Text Rules".ci;
create table t (id int, name ci_text);
