select (select count(*) from loans_2020 where borrower = 'ann' and archived) = 1 and (select count(*) from loans) = 1 as t;
