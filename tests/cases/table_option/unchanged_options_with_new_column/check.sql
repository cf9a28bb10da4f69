select count(*) = 2 as t from cache_entries where key in ('a', 'b');
