-- a composite type no column uses is dropped
create table people (id int primary key, city text);
