-- quoting: checks of "Billing"."Positive Amount" named with capitals and spaces are dropped, added and validated over rows
create schema "Billing";
create domain "Billing"."Positive Amount" as numeric(12,2)
  constraint "Amount Is Positive" check (value > 0)
  constraint "Below ""Ten"" Thousand" check (value < 10000)
  constraint "Cents; Not Fractions" check (value = round(value, 2));
create table "Billing"."Invoice Lines" ("Line No" int primary key, "Net Amount" "Billing"."Positive Amount");
insert into "Billing"."Invoice Lines" values (1, 10.50), (2, 99.99);
