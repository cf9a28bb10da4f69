-- foreign_key/cycle_on_existing_tables: two existing tables gain foreign keys to each other
create table a (id integer primary key, b_id integer);
create table b (id integer primary key, a_id integer references a (id));
alter table a add constraint a_b_id_fkey foreign key (b_id) references b (id);
