-- identity/add_to_existing_column: an existing NOT NULL key column with rows becomes an identity (BY DEFAULT, start 100)
create table t (id integer not null primary key, name text);
insert into t values (1, 'a'), (2, 'b'), (3, 'c');
