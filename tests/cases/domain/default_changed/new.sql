-- a domain's default expression changes
create domain priority as integer default (2 + 3);
create table tasks (id int primary key, prio priority);
insert into tasks values (1, 1), (2, default);
