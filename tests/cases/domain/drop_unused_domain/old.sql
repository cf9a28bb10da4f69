-- a domain no column uses is dropped
create domain zip_code as varchar(10) default '00000' constraint zip_code_digits check (value ~ '^[0-9]+$');
create table places (id int primary key, zip varchar(10));
