-- a domain check keeps its name and gets a wider expression that the stored rows also satisfy
create domain percent as integer constraint percent_range check (value >= 0 and value <= 1000);
create table scores (id int primary key, pct percent);
insert into scores values (1, 10), (2, 90);
