-- default_privilege/in_schema_sequences_granted: IN SCHEMA sales: a role gets USAGE, SELECT by default on sequences created there
create schema sales;
create sequence sales.order_no;
alter default privileges in schema sales grant usage, select on sequences to dp_writer;
