-- extension/gist_trgm_index_replaces_btree: a btree index is replaced by a gist pg_trgm index of the same name
create extension pg_trgm;
create table docs (id integer primary key, title text);
create index docs_title_idx on docs using gist (title gist_trgm_ops);
