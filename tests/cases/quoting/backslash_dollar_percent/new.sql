-- quoting/backslash_dollar_percent: names holding a backslash, $1, %s, braces and #
create table "back\slash" ("$1" integer, "%s" text, "{}" text, "#hash" integer, "tab	in name" integer);
create index "idx\%s$1" on "back\slash" ("$1", "%s");
