-- privilege/grant_option_revoked: a role keeps SELECT and UPDATE on a table but loses the grant option on both (REVOKE GRANT OPTION FOR)
create table orders (id integer primary key, customer text not null, total numeric(10,2));
grant select, update on orders to app_admin with grant option;
