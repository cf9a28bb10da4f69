-- procedure/create: a new SQL procedure inserting into an existing table
create table items (id integer primary key, qty integer);
