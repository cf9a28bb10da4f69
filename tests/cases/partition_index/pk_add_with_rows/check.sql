select count(*) = 3 and count(*) filter (where kind = 'c' and at = '2025-02-01') = 1 as t from events;
