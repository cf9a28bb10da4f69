-- index_option/create_index_with_params: a new btree index is built with deduplicate_items and fillfactor
create table events (id bigint primary key, kind text not null, at timestamptz not null);
create index events_kind_idx on events (kind) with (deduplicate_items = off, fillfactor = 80);
