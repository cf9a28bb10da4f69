select (select count(*) from stores) = 4
   and (select count(*) from stores_other) = 3
   and (select count(*) from stores_at_ch) = 0 as t;
