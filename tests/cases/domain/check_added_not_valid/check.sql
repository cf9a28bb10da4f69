select count(*) = 2 and min(val) = -1 as t from readings;
