-- a domain over an integer array, with a check on its length, is created for a new column
create table shapes (id int primary key);
insert into shapes values (1);
