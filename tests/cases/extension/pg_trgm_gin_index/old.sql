-- extension/pg_trgm_gin_index: pg_trgm is added and an index with its operator class is built on an existing table
create table docs (id integer primary key, body text);
insert into docs values (1, 'hello world'), (2, 'goodbye');
