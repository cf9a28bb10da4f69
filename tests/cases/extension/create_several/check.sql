select count(*) = 5 as t from pg_extension where extname in ('plpgsql', 'pgcrypto', 'citext', 'hstore', 'pg_trgm');
