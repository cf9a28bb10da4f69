-- foreign_key/cycle_drop: two tables that reference each other are both dropped
create table a (id integer primary key, b_id integer);
create table b (id integer primary key, a_id integer references a (id));
alter table a add constraint a_b_id_fkey foreign key (b_id) references b (id);
insert into a values (1, null);
insert into b values (1, 1);
update a set b_id = 1;
