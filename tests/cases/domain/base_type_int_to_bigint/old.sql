-- a domain over integer becomes a domain over bigint, keeping its default, NOT NULL and check, under a column holding rows
create domain quantity as integer default 1 not null constraint quantity_positive check (value > 0);
create table lines (id int primary key, qty quantity);
insert into lines values (1, 5), (2, 2147483647);
