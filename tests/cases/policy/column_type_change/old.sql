-- policy/column_type_change: a column read by a policy changes from integer to bigint (ALTER COLUMN TYPE is refused while the policy exists)
create table orders (id integer primary key, owner_id integer not null, total numeric(10,2));
alter table orders enable row level security;
create policy orders_owner on orders to app_user using (owner_id = nullif(current_setting('app.user_id', true), '')::integer);
create policy orders_read on orders for select using (true);
insert into orders values (1, 42, 9.50), (2, 7, 1.25);
