-- a domain over another domain is created, with its own check, for a new column next to one of the inner domain
create domain posint as integer constraint posint_positive check (value > 0);
create table boxes (id int primary key, weight posint);
insert into boxes values (1, 7);
