-- generated/drop_generated_column: a generated column is dropped
create table lines (qty integer not null, price numeric(10, 2) not null, total numeric generated always as (qty * price) stored);
insert into lines values (2, 1.50);
