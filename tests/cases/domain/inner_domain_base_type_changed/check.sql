select count(*) = 2 and sum(weight) = 705 and sum(items) = 106 as t from boxes;
