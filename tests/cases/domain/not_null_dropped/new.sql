-- a NOT NULL domain used by a column holding rows becomes nullable
create domain quantity as integer;
create table stock (id int primary key, qty quantity);
insert into stock values (1, 10), (2, 0);
