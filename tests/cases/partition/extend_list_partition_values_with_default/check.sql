select (select count(*) from tax_rates) = 4
   and (select count(*) from tax_rates_nordic) = 2
   and (select count(*) from tax_rates_other) = 2 as t;
