select count(*) = 3 and sum(val::text::integer) = 49 as t from readings;
