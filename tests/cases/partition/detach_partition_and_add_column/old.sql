-- partition/detach_partition_and_add_column: a partition holding rows, with the parent's primary key and index, becomes a table of its own that also gets a new column
create table loans (
    id bigint not null,
    opened_on date not null,
    borrower text not null,
    primary key (id, opened_on)
) partition by range (opened_on);
create index loans_borrower on loans (borrower);
create table loans_2020 partition of loans for values from ('2020-01-01') to ('2021-01-01');
create table loans_2026 partition of loans for values from ('2026-01-01') to ('2027-01-01');
insert into loans values (1, '2020-02-02', 'ann'), (2, '2026-02-02', 'bob');
