-- privilege/public_table_grant: SELECT on a table is granted to PUBLIC
create table orders (id integer primary key, customer text not null, total numeric(10,2));
