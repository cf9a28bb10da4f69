select count(*) = 2 and sum((total).cents) = 2499 and string_agg((total).currency, ',' order by id) = 'EUR,USD' as t from invoices;
