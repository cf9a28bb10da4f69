-- partition/attach_table_missing_not_null: a plain table whose column lacks the parent's NOT NULL (its rows have no nulls) becomes a partition
create table samples (
    id bigint not null,
    lab text not null,
    result numeric
) partition by list (lab);
create table samples_north partition of samples for values in ('north');
create table samples_south partition of samples for values in ('south');
