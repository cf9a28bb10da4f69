-- trigger/other_schema: a trigger on a table in another schema, calling a function in that schema
create schema sales;
create table sales.orders (id integer primary key, updated_at timestamptz);
