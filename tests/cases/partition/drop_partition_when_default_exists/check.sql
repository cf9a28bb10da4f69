select (select count(*) from contacts) = 2 and (select count(*) from contacts_rest) = 1 as t;
