-- extension/create_several: pgcrypto, citext, hstore and pg_trgm are added at once, plpgsql stays
create extension pgcrypto;
create extension citext;
create extension hstore;
create extension pg_trgm;
create table t (id integer);
