-- partition/sub_partitioned_partition_becomes_leaf: a partition that is partitioned by range becomes a plain partition; it is recreated (its rows are lost), its siblings keep theirs
create table recipes (
    id bigint not null,
    cuisine text not null,
    added_on date not null
) partition by list (cuisine);
create table recipes_italian partition of recipes for values in ('italian') partition by range (added_on);
create table recipes_italian_2026 partition of recipes_italian for values from ('2026-01-01') to ('2027-01-01');
create table recipes_thai partition of recipes for values in ('thai');
insert into recipes values (1, 'italian', '2026-01-01'), (2, 'thai', '2026-01-01');
