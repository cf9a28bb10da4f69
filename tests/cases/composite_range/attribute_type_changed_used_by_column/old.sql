-- an attribute of a composite type used by a column holding rows changes type integer -> bigint (PostgreSQL refuses ALTER ATTRIBUTE TYPE there)
create type money_amount as (cents integer, currency char(3));
create table invoices (id int primary key, total money_amount);
insert into invoices values (1, row(1999, 'EUR')), (2, row(500, 'USD'));
