-- extension/create_pgcrypto_used_by_default: pgcrypto is added and a new column's default calls one of its functions
create extension pgcrypto;
create table tokens (id integer primary key, secret text default encode(gen_random_bytes(16), 'hex'));
