-- partition/detach_partition_and_add_column: a partition holding rows, with the parent's primary key and index, becomes a table of its own that also gets a new column
create table loans (
    id bigint not null,
    opened_on date not null,
    borrower text not null,
    primary key (id, opened_on)
) partition by range (opened_on);
create index loans_borrower on loans (borrower);
create table loans_2026 partition of loans for values from ('2026-01-01') to ('2027-01-01');
create table loans_2020 (
    id bigint not null,
    opened_on date not null,
    borrower text not null,
    archived boolean not null default true,
    primary key (id, opened_on)
);
create index loans_2020_borrower_idx on loans_2020 (borrower);
