-- extension/drop_pgcrypto: an unused extension is dropped
create extension pgcrypto;
create table t (id integer);
