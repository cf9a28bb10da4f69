-- quoting/ugly_view_and_comments: a view with an ugly name reads ugly columns; comments with quotes
create table "Data Set" ("Value ""raw""" integer, "x'y" text);
create view "View; drop view ""v""" as select "Value ""raw""" * 2 as "Doubled ""value""", "x'y" from "Data Set";
comment on view "View; drop view ""v""" is 'it''s a view; "quoted"';
comment on column "Data Set"."x'y" is 'x''y';
