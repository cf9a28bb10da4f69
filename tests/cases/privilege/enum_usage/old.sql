-- privilege/enum_usage: USAGE on an enum type (PUBLIC's by default) is revoked from PUBLIC and granted to one role
create type order_status as enum ('new', 'paid', 'shipped');
create table orders (id integer primary key, status order_status not null default 'new');
