-- a check is added to a domain whose column holds rows that all satisfy it
create domain percent as integer;
create table scores (id int primary key, pct percent);
insert into scores values (1, 0), (2, 50), (3, 100);
