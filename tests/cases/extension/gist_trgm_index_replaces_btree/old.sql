-- extension/gist_trgm_index_replaces_btree: a btree index is replaced by a gist pg_trgm index of the same name
create table docs (id integer primary key, title text);
create index docs_title_idx on docs (title);
