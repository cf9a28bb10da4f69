select count(*) = 1 as t from diary where mood = 'ok';
