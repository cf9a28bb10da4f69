-- a bare domain (no default, NOT NULL or check) is created for a column added to a table holding rows
create table items (id int primary key);
insert into items values (1), (2);
