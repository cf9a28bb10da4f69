-- default_privilege/in_schema_types_granted: IN SCHEMA sales: a role gets USAGE by default on types created there
create schema sales;
create type sales.order_status as enum ('open', 'paid', 'cancelled');
alter default privileges in schema sales grant usage on types to dp_reader;
