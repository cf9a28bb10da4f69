select count(*) = 1 as t from shapes where color is null;
