-- a check is added NOT VALID to a domain whose column holds a row breaking it, and stays NOT VALID
create domain positive_int as integer;
create table readings (id int primary key, val positive_int);
insert into readings values (1, -1), (2, 5);
