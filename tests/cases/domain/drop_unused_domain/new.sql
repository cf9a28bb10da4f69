-- a domain no column uses is dropped
create table places (id int primary key, zip varchar(10));
