-- partition/range_key_to_list_key: a table partitioned by range on a date becomes partitioned by list on a text column, recreating it and its partitions
create table jobs (
    id bigint not null,
    queued_on date not null,
    queue text not null,
    payload jsonb
) partition by range (queued_on);
create index jobs_queue on jobs (queue);
create table jobs_2026 partition of jobs for values from ('2026-01-01') to ('2027-01-01');
insert into jobs values (1, '2026-05-05', 'mail', '{}');
