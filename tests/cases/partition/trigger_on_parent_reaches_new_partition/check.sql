select count(*) = 1 as t from prices_2026 where updated_at is not null;
