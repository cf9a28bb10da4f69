-- a domain used by a column gains a default
create domain status_text as text;
create table tickets (id int primary key, status status_text);
insert into tickets values (1, 'open');
