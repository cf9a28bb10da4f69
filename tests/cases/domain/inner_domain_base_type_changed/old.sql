-- the inner domain of a domain over a domain changes base type integer -> bigint; columns of both are converted
create domain posint as integer constraint posint_positive check (value > 0);
create domain small_posint as posint constraint small_posint_max check (value < 100);
create table boxes (id int primary key, weight posint, items small_posint);
insert into boxes values (1, 700, 7), (2, 5, 99);
