-- extension/create_several: pgcrypto, citext, hstore and pg_trgm are added at once, plpgsql stays
create table t (id integer);
