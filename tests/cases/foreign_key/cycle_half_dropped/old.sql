-- foreign_key/cycle_half_dropped: one of two tables in a foreign key cycle is dropped; the other loses its foreign key
create table a (id integer primary key, b_id integer);
create table b (id integer primary key, a_id integer references a (id));
alter table a add constraint a_b_id_fkey foreign key (b_id) references b (id);
