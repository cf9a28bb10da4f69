-- unique/add: a unique constraint is added to a table with distinct rows
create table t (id integer primary key, email text);
insert into t values (1, 'a'), (2, 'b');
