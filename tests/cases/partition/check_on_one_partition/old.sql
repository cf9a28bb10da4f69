-- partition/check_on_one_partition: a CHECK constraint is added to one partition only, whose rows satisfy it
create table orders_by_channel (
    id bigint not null,
    channel text not null,
    discount numeric(5, 2) not null default 0
) partition by list (channel);
create table orders_by_channel_web partition of orders_by_channel for values in ('web');
create table orders_by_channel_shop partition of orders_by_channel for values in ('shop');
insert into orders_by_channel values (1, 'web', 0), (2, 'web', 5), (3, 'shop', 80);
