-- privilege/view_rebuilt_keeps_grants: a column read by a view changes type, so the view is dropped and created again; its grants come back, the table's and the column's grants stay
create table payments (id integer primary key, amount integer not null);
create view payment_amounts as select id, amount from payments;
grant select on payments to reporting;
grant update (amount) on payments to app_user;
grant select on payment_amounts to app_user;
grant select on payment_amounts to reporting;
insert into payments values (1, 10), (2, 20);
