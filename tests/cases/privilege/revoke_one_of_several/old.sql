-- privilege/revoke_one_of_several: a role keeps SELECT, INSERT and UPDATE on a table but loses DELETE
create table orders (id integer primary key, customer text not null, total numeric(10,2));
grant select, insert, update, delete on orders to app_user;
