-- extension/create_pgcrypto_used_by_default: pgcrypto is added and a new column's default calls one of its functions
create table tokens (id integer primary key);
