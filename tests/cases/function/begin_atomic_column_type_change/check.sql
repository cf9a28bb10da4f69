select total_qty() = 5 as t;
