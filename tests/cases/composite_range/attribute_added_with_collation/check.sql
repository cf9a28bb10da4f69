select count(*) = 1 and min((name).family) = 'Hopper' as t from people;
