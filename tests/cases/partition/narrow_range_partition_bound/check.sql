select (select count(*) from payroll) = 3 and (select sum(gross) from payroll_2026) = 10100 as t;
