-- two composite types are created, one with an attribute of the other (names sort the wrong way round)
create table routes (id int primary key);
