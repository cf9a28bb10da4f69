-- partition/not_null_on_one_partition: a column nullable on the parent becomes NOT NULL on one partition only, whose rows have no nulls there
create table issues (
    id bigint not null,
    state text not null,
    closed_at timestamp
) partition by list (state);
create table issues_open partition of issues for values in ('open');
create table issues_closed partition of issues (closed_at not null) for values in ('closed');
