select count(*) = 1 as t from c where p_id = 1;
