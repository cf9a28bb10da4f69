select count(*) = 2 and count(*) filter (where is_cancelled) = 1 and min(starts_at) = '2024-05-01 09:00+00' as t from meetings;
