select count(*) = 3 and sum(qty) = 8 as t from "Sales Data"."Order Lines";
