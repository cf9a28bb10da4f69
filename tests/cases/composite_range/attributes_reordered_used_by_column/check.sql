select count(*) = 2
   and bool_and((home).city = case id when 1 then 'Shelbyville' else 'Springfield' end)
   and bool_and((home).street = case id when 1 then 'Elm St' else 'Main St' end)
   and bool_and((home).country is null)
   and bool_and(case id when 1 then work is null and work::text is null else work::text = '(,,)' end) as t
from customers;
