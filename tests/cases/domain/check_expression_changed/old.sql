-- a domain check keeps its name and gets a wider expression that the stored rows also satisfy
create domain percent as integer constraint percent_range check (value between 0 and 100);
create table scores (id int primary key, pct percent);
insert into scores values (1, 10), (2, 90);
