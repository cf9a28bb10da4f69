-- a check is added to a domain whose column holds rows that all satisfy it
create domain percent as integer constraint percent_range check (value between 0 and 100);
create table scores (id int primary key, pct percent);
insert into scores values (1, 0), (2, 50), (3, 100);
