select (select count(*) from "Tenant ""A"" Data"."Event Log") = 2 and (select count(*) from "Tenant ""A"" Data"."Audit Refs") = 1 as t;
