select (select count(*) from sales) = 3 and (select sum(n) from "Reporting"."Sales ""Q1"" Totals") = 2 as t;
