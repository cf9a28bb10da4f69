-- quoting: "Billing"."Positive Amount" changes base type numeric(12,2) -> numeric(14,4) under a quoted column holding rows
create schema "Billing";
create domain "Billing"."Positive Amount" as numeric(12,2) constraint "Amount Is Positive" check (value > 0);
create table "Billing"."Invoice Lines" ("Line No" int primary key, "Net Amount" "Billing"."Positive Amount" not null);
insert into "Billing"."Invoice Lines" values (1, 10.50), (2, 99.99);
