-- partition/drop_default_partition: the default partition holding rows is dropped; the list partitions keep theirs
create table payments (
    id bigint not null,
    method text not null,
    amount numeric(10, 2) not null
) partition by list (method);
create table payments_card partition of payments for values in ('card');
create table payments_sepa partition of payments for values in ('sepa');
