-- a column of a new range type is added to a table holding rows, with a gist exclusion constraint over it (&&)
create type ts_span as range (subtype = timestamp);
create table reservations (id int primary key, room text not null, during ts_span,
  constraint reservations_no_overlap exclude using gist (during with &&));
insert into reservations values (1, 'A'), (2, 'B');
