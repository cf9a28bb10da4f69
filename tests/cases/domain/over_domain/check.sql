select count(*) = 1 as t from boxes where weight = 7;
