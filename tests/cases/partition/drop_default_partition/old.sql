-- partition/drop_default_partition: the default partition holding rows is dropped; the list partitions keep theirs
create table payments (
    id bigint not null,
    method text not null,
    amount numeric(10, 2) not null
) partition by list (method);
create table payments_card partition of payments for values in ('card');
create table payments_sepa partition of payments for values in ('sepa');
create table payments_misc partition of payments default;
insert into payments values (1, 'card', 5), (2, 'sepa', 6), (3, 'cash', 7), (4, 'cheque', 8);
