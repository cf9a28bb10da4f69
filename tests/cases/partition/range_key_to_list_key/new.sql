-- partition/range_key_to_list_key: a table partitioned by range on a date becomes partitioned by list on a text column, recreating it and its partitions
create table jobs (
    id bigint not null,
    queued_on date not null,
    queue text not null,
    payload jsonb
) partition by list (queue);
create index jobs_queue on jobs (queue);
create table jobs_mail partition of jobs for values in ('mail');
create table jobs_other partition of jobs default;
