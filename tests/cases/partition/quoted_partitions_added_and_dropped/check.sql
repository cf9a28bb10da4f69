select (select count(*) from "Time Series"."CPU Load") = 1
   and (select count(*) from "Time Series"."CPU Load ""Feb""" where "Load %" = 0.75) = 1 as t;
