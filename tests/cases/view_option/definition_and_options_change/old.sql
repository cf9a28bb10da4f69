-- view_option/definition_and_options_change: a view's WHERE changes while it keeps security_barrier and gains a local check option
create table stock (id integer primary key, sku text not null, qty integer not null);
create view low_stock with (security_barrier = true) as select id, sku, qty from stock where qty < 5;
