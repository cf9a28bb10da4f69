select count(*) = 2 and sum("Net Amount") = 110.49 as t from "Billing"."Invoice Lines";
