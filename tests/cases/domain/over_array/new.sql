-- a domain over an integer array, with a check on its length, is created for a new column
create domain rgb as integer[] constraint rgb_three check (cardinality(value) = 3);
create table shapes (id int primary key, color rgb);
insert into shapes values (1);
