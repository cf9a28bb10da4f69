-- quoting/keyword_names: a table named user with columns, index and constraints named after SQL keywords
create table "user" ("select" integer);
