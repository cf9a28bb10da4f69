select (select count(*) from "Ops ""Live"""."Alerts: Critical") = 2
   and (select count(*) from "Ops ""Live"""."Alerts") = 1 as t;
