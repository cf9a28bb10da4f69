-- partition/drop_partition_and_add_default: in one plan a list partition holding rows is dropped and a default partition is added
create table subscriptions (
    id bigint not null,
    plan text not null,
    started_on date not null
) partition by list (plan);
create table subscriptions_free partition of subscriptions for values in ('free');
create table subscriptions_paid partition of subscriptions for values in ('basic', 'pro');
create table subscriptions_other partition of subscriptions default;
