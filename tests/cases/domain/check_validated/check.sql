select count(*) = 2 and sum(val) = 8 as t from readings;
