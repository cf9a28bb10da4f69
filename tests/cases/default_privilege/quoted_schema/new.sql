-- default_privilege/quoted_schema: IN SCHEMA default privileges on a schema whose name has capitals and a space
create schema "Sales Data";
create table "Sales Data"."Orders" (id integer primary key, total numeric(10,2));
alter default privileges in schema "Sales Data" grant select on tables to dp_reader;
alter default privileges in schema "Sales Data" grant execute on functions to dp_reader;
