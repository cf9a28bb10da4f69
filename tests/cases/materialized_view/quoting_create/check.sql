select (select count(*) from "Reporting"."Sales ""Q1"" Totals") = 2 as t;
