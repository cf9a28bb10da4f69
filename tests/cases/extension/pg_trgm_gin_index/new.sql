-- extension/pg_trgm_gin_index: pg_trgm is added and an index with its operator class is built on an existing table
create extension pg_trgm;
create table docs (id integer primary key, body text);
create index docs_body_trgm_idx on docs using gin (body gin_trgm_ops);
