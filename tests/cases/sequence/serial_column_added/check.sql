select count(distinct id) = 3 as t from items;
