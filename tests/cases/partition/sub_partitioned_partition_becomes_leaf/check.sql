select count(*) = 1 as t from recipes_thai;
