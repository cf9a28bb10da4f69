-- privilege/several_privileges: SELECT, INSERT and UPDATE on a table are granted to a role at once
create table orders (id integer primary key, customer text not null, total numeric(10,2));
