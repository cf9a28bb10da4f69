-- partition/recreate_with_view_and_foreign_key: a plain table referenced by a foreign key and read by a view becomes hash-partitioned; the view and the foreign key are made again
create table ledgers (
    id bigint primary key,
    owner text not null
);
create table transfers (
    id bigint primary key,
    ledger_id bigint references ledgers (id),
    amount numeric(12, 2) not null
);
create view ledger_owners as select id, owner from ledgers;
insert into ledgers values (1, 'ann'), (2, 'bob');
insert into transfers values (10, null, 5.00), (11, null, 7.50);
