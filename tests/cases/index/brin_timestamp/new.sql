-- index/brin_timestamp: a brin index on a timestamp column
create table events (id bigint, at timestamptz);
create index events_at_idx on events using brin (at);
