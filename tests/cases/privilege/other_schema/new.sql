-- privilege/other_schema: grants on a schema the file creates, its table, sequence and function; the same-named table in public gets none
create schema sales;
create table sales.orders (id integer primary key, total numeric(10,2));
create sequence sales.order_no;
create function sales.order_total(p_id integer) returns numeric language sql stable as $$ select total from sales.orders where id = p_id $$;
create table public.orders (id integer primary key);
grant usage on schema sales to reporting;
grant select on sales.orders to reporting;
grant usage on sequence sales.order_no to reporting;
revoke execute on function sales.order_total(integer) from public;
grant execute on function sales.order_total(integer) to reporting;
