-- extension/drop_pgcrypto: an unused extension is dropped
create table t (id integer);
