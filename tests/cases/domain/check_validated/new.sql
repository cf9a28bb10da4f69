-- a NOT VALID domain check is validated: the stored rows satisfy it
create domain positive_int as integer constraint positive_int_check check (value > 0);
create table readings (id int primary key, val positive_int);
insert into readings values (1, 3), (2, 5);
