-- table_option/create_unlogged_table: a new unlogged table with a primary key
create unlogged table session_cache (id bigint primary key, payload text not null, expires_at timestamptz);
