select count(*) = 1 as t from public.addresses where country = 'FR';
