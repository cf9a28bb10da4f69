-- partition/recreate_with_view_and_foreign_key: a plain table referenced by a foreign key and read by a view becomes hash-partitioned; the view and the foreign key are made again
create table ledgers (
    id bigint primary key,
    owner text not null
) partition by hash (id);
create table ledgers_h0 partition of ledgers for values with (modulus 2, remainder 0);
create table ledgers_h1 partition of ledgers for values with (modulus 2, remainder 1);
create table transfers (
    id bigint primary key,
    ledger_id bigint references ledgers (id),
    amount numeric(12, 2) not null
);
create view ledger_owners as select id, owner from ledgers;
