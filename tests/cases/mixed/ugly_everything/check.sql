select count(*) = 1 as t from "Tbl; --" where "new ""col""" = 'v';
