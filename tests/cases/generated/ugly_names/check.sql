select count(*) = 1 as t from "Order Line" where "Total ""€""" = 7;
