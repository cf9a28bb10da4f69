-- schema/ugly_schema_name: a schema and table whose names need quoting (spaces, capitals)
create schema "Billing Dept";
create table "Billing Dept"."Invoice Lines" ("Line No" integer primary key, "Amount" numeric(12, 2));
