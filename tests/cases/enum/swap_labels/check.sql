select count(*) = 2 as t from moves where side = 'right';
