-- index/brin_timestamp: a brin index on a timestamp column
create table events (id bigint, at timestamptz);
