-- foreign_key/cycle_create: two new tables that reference each other
create table a (id integer primary key, b_id integer);
create table b (id integer primary key, a_id integer references a (id));
alter table a add constraint a_b_id_fkey foreign key (b_id) references b (id);
