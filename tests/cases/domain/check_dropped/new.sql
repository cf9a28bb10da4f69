-- a named check of a domain used by a column is dropped, the other check stays
create domain percent as integer
  constraint percent_min check (value >= 0);
create table scores (id int primary key, pct percent);
insert into scores values (1, 20);
