-- primary_key/add: a table with unique non-null rows gains a primary key
create table t (id integer not null, name text);
insert into t values (1, 'a'), (2, 'b');
