-- default_privilege/quoted_schema: IN SCHEMA default privileges on a schema whose name has capitals and a space
create schema "Sales Data";
create table "Sales Data"."Orders" (id integer primary key, total numeric(10,2));
