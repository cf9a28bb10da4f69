select (select count(*) from tickets) = 2 and (select count(*) from tickets_support_2026_01) = 1 as t;
