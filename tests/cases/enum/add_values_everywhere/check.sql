select coalesce((select array_agg(size order by size)::text from shirts), '') = '{s,l}' as t;
