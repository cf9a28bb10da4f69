select count(*) = 2 as t from samples where lab = 'south';
