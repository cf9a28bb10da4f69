select count(*) = 1 as t from deals where stage = 'prospect';
