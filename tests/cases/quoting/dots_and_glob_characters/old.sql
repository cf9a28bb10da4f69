-- quoting/dots_and_glob_characters: names holding dots and glob characters (*, ?, [ ])
create table "a.b" ("x.y" integer);
