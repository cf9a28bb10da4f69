-- foreign_key/cycle_half_dropped: one of two tables in a foreign key cycle is dropped; the other loses its foreign key
create table a (id integer primary key, b_id integer);
