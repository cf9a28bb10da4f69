-- a composite type is created and a column of it added to a table holding rows
create table people (id int primary key, name text not null);
insert into people values (1, 'Ada'), (2, 'Alan');
