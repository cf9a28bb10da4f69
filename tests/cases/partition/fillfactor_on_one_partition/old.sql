-- partition/fillfactor_on_one_partition: storage parameters are set on the hot partition only and changed on another
create table counters (
    name text not null,
    bucket integer not null,
    hits bigint not null default 0
) partition by range (bucket);
create table counters_hot partition of counters for values from (0) to (100);
create table counters_cold partition of counters for values from (100) to (1000) with (fillfactor = 100);
insert into counters values ('a', 1, 10), ('b', 500, 20);
