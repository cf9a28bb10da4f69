-- quoting: a domain "Positive Amount" in schema "Billing", with checks named with capitals and spaces, is created for a new column
create schema "Billing";
create table "Billing"."Invoice Lines" ("Line No" int primary key);
