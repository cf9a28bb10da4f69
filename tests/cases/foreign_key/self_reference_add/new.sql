-- foreign_key/self_reference_add: a table gains a foreign key to itself
create table employees (id integer primary key, manager_id integer constraint employees_manager_id_fkey references employees (id) on delete set null);
