-- procedure/calls_procedure: a PL/pgSQL procedure that CALLs another procedure is created with it
create table items (id integer primary key, qty integer);
