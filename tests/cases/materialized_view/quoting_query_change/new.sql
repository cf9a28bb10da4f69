-- materialized_view/quoting_query_change: the query of a materialized view with a quoted name changes; it is rebuilt with its quoted indexes and comment
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create schema "Reporting";
create materialized view "Reporting"."Sales ""Q1"" Totals" as
  select region as "Region Name", sum(amount) as "Total $", count(*) as n from public.sales where amount < 10 group by region;
create unique index "By ""Region"" Name" on "Reporting"."Sales ""Q1"" Totals" ("Region Name");
create index "Total; Idx" on "Reporting"."Sales ""Q1"" Totals" ("Total $" desc);
comment on materialized view "Reporting"."Sales ""Q1"" Totals" is '"Q1" totals, it''s per region';
