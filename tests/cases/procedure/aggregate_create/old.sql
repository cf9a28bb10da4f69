-- procedure/aggregate_create: an aggregate with SFUNC, STYPE and INITCOND is created with its state function
create table t (id integer primary key, qty integer);
