-- generated/create_table_with_generated: a new table with a stored generated column
create table lines (qty integer not null, price numeric(10, 2) not null, total numeric generated always as (qty * price) stored);
