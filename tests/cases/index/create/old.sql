-- index/create: an index is built on a table with rows
create table t (id integer primary key, email text);
insert into t values (1, 'a'), (2, 'b');
