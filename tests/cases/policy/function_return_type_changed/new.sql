-- policy/function_return_type_changed: a SQL function called by a policy changes its return type (integer to bigint); CREATE OR REPLACE cannot do that and DROP FUNCTION is refused while the policy exists
create function app_user_id() returns bigint language sql stable as $$
    select nullif(current_setting('app.user_id', true), '')::bigint
$$;
create table orders (id integer primary key, owner_id bigint not null, total numeric(10,2));
alter table orders enable row level security;
create policy orders_owner on orders to app_user using (owner_id = app_user_id()) with check (owner_id = app_user_id());
