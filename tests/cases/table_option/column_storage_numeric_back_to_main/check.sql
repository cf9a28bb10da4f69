select count(*) = 2 and sum(amount) = 110.49 as t from payments;
