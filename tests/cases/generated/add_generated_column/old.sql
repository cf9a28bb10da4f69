-- generated/add_generated_column: a generated column is added to a table with rows (every row is computed: rewrite)
create table lines (qty integer not null, price numeric(10, 2) not null);
insert into lines values (2, 1.50), (3, 10);
