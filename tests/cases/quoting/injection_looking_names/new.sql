-- quoting/injection_looking_names: objects whose names try to end the statement and drop a table
create table t (id integer);
create table "x""; drop table t; --" ("'); drop table t; --" integer, "a"" text); drop table t; --" text,
    constraint "c'; drop table t; --" check ("'); drop table t; --" > 0));
create index "i""; drop index x; --" on "x""; drop table t; --" ("a"" text); drop table t; --");
comment on table "x""; drop table t; --" is '''; drop table t; --';
