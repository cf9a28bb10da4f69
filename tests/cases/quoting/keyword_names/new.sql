-- quoting/keyword_names: a table named user with columns, index and constraints named after SQL keywords
create table "user" ("select" integer, "from" text, "order" integer not null default 0, "group" text, "table" boolean,
    constraint "constraint" unique ("from"), constraint "check" check ("order" >= 0));
create index "index" on "user" ("group", "table");
