select count(*) = 2 as t from payments where method in ('card', 'sepa');
