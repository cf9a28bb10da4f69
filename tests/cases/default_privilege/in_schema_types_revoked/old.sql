-- default_privilege/in_schema_types_revoked: IN SCHEMA sales: a default USAGE on types for a role is revoked
create schema sales;
create type sales.order_status as enum ('open', 'paid', 'cancelled');
alter default privileges in schema sales grant usage on types to dp_reader;
