-- exclusion/create_with_table: a booking table is created with an exclusion constraint so that no two reservations of a room overlap
create extension btree_gist;
create table rooms (id integer primary key, name text not null);
insert into rooms values (1, 'blue'), (2, 'green');
