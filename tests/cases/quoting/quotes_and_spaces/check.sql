select count(*) = 1 as t from "Order ""Items"" 2024";
