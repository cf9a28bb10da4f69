select (select count(*) from invoices) = 3
   and (select count(*) from invoices_2026_01) = 2
   and (select count(*) from invoices_2026_02) = 1
   and (select count(*) from invoices_2026_03) = 0 as t;
