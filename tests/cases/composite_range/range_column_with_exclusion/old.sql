-- a column of a new range type is added to a table holding rows, with a gist exclusion constraint over it (&&)
create table reservations (id int primary key, room text not null);
insert into reservations values (1, 'A'), (2, 'B');
