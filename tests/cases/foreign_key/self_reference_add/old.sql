-- foreign_key/self_reference_add: a table gains a foreign key to itself
create table employees (id integer primary key, manager_id integer);
insert into employees values (1, null), (2, 1), (3, 2);
