-- privilege/same_acl_different_statements: GRANT ALL then REVOKE of four privileges leaves the same ACL as one GRANT of the other three: nothing to do
create table orders (id integer primary key, customer text not null, total numeric(10,2));
grant all on orders to app_user;
revoke delete, truncate, references, trigger on orders from app_user;
