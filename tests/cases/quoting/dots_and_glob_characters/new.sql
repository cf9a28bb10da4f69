-- quoting/dots_and_glob_characters: names holding dots and glob characters (*, ?, [ ])
create table "a.b" ("x.y" integer, "z.w" integer);
create table "star*" ("q?" integer, "[br]" integer);
create index "a.b.idx" on "a.b" ("x.y", "z.w");
