select count(*) = 2 as t from sightings where seen_on < '2026-01-01' and species in ('owl', 'fox');
