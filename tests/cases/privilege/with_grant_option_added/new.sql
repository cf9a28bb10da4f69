-- privilege/with_grant_option_added: a role's SELECT on a table gains WITH GRANT OPTION, its INSERT stays plain
create table orders (id integer primary key, customer text not null, total numeric(10,2));
grant select on orders to app_admin with grant option;
grant insert on orders to app_admin;
