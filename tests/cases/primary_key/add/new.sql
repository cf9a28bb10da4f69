-- primary_key/add: a table with unique non-null rows gains a primary key
create table t (id integer not null primary key, name text);
