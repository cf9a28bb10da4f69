-- policy/column_type_change: a column read by a policy changes from integer to bigint (ALTER COLUMN TYPE is refused while the policy exists)
create table orders (id integer primary key, owner_id bigint not null, total numeric(10,2));
alter table orders enable row level security;
create policy orders_owner on orders to app_user using (owner_id = nullif(current_setting('app.user_id', true), '')::integer);
create policy orders_read on orders for select using (true);
