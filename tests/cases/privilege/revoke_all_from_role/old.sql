-- privilege/revoke_all_from_role: one role loses every privilege it had on a table, another role keeps its own
create table orders (id integer primary key, customer text not null, total numeric(10,2));
grant select, insert on orders to app_user;
grant select on orders to reporting;
