select count(*) = 1 as t from c join p on p.id = c.parent_id;
