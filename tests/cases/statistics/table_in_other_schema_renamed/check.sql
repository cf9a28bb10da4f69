select count(*) = 1 as t from app.purchases where customer = 7;
