select extversion = '1.8' as t from pg_extension where extname = 'hstore';
