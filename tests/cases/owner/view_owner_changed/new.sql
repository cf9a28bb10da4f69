-- owner/view_owner_changed: a view is given to a role; its table stays with postgres
create table orders (id integer primary key, total numeric not null);
create view big_orders as select id, total from orders where total > 100;
alter view big_orders owner to own_report;
