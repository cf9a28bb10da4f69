select (select count(*) from subscriptions) = 2 and (select count(*) from subscriptions_other) = 0 as t;
