-- exclusion/added_beside_unique: an exclusion constraint is added to a table with rows that keeps its unique constraint
create extension btree_gist;
create table reservations (id integer primary key, reference text not null, table_no integer not null, during tstzrange not null, constraint reservations_reference_key unique (reference));
insert into reservations values (1, 'R1', 4, '[2024-05-01 19:00+00,2024-05-01 21:00+00)'), (2, 'R2', 4, '[2024-05-01 21:00+00,2024-05-01 23:00+00)');
