-- a domain gains a default, NOT NULL and a check over columns holding values
create domain positive_amount as numeric(12,2) default 0 not null constraint positive_amount_check check (value >= 0);
create table payments (id int primary key, amount positive_amount);
insert into payments values (1, 10), (2, 20.5);
