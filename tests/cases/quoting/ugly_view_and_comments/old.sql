-- quoting/ugly_view_and_comments: a view with an ugly name reads ugly columns; comments with quotes
create table "Data Set" ("Value ""raw""" integer, "x'y" text);
