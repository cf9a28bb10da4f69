-- quoting: a domain "Positive Amount" in schema "Billing", with checks named with capitals and spaces, is created for a new column
create schema "Billing";
create domain "Billing"."Positive Amount" as numeric(12,2)
  default 0.01
  constraint "Amount Is Positive" check (value > 0)
  constraint "Below One Million" check (value < 1000000);
comment on domain "Billing"."Positive Amount" is 'a "positive" amount; never zero';
create table "Billing"."Invoice Lines" ("Line No" int primary key, "Net Amount" "Billing"."Positive Amount");
