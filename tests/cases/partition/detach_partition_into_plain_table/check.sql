select (select count(*) from audit_trail_2025) = 2
   and (select count(*) from audit_trail) = 1 as t;
