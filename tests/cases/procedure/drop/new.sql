-- procedure/drop: a procedure is dropped, the table stays
create table items (id integer primary key, qty integer);
