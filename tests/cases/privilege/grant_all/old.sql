-- privilege/grant_all: a role that had SELECT on a table is given ALL PRIVILEGES on it
create table orders (id integer primary key, customer text not null, total numeric(10,2));
grant select on orders to app_admin;
