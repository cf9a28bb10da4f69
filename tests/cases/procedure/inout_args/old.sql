-- procedure/inout_args: a procedure with two INOUT arguments is created
create table items (id integer primary key, qty integer);
