-- partition/sub_partitioned_partition_becomes_leaf: a partition that is partitioned by range becomes a plain partition; it is recreated (its rows are lost), its siblings keep theirs
create table recipes (
    id bigint not null,
    cuisine text not null,
    added_on date not null
) partition by list (cuisine);
create table recipes_italian partition of recipes for values in ('italian');
create table recipes_thai partition of recipes for values in ('thai');
