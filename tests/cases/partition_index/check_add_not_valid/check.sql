select count(*) = 1 as t from items where qty < 0;
