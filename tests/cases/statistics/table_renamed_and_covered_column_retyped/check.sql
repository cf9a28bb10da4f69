select count(*) = 1 as t from purchases where customer = 7;
