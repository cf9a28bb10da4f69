select count(*) = 2 as t from readings_2026_01 where meter_id in (1, 2);
