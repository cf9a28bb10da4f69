select count(*) = 2 as t from events where body ? 'k';
