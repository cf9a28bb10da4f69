-- partition_index/pk_quoted_names: a partitioned table and partitions with quoted names in a created schema gain a quoted primary key and unique constraint
create schema "Sales Data";
create table "Sales Data"."Order Lines" ("Line ID" bigint not null, "Sold On" date not null, "SKU" text not null, qty integer)
    partition by range ("Sold On");
create table "Sales Data"."Order Lines ""2024""" partition of "Sales Data"."Order Lines" for values from ('2024-01-01') to ('2025-01-01');
create table "Sales Data"."Order Lines; rest" partition of "Sales Data"."Order Lines" default;
insert into "Sales Data"."Order Lines" values (1, '2024-02-01', 'A-1', 2), (2, '2024-03-01', 'A-1', 1), (3, '2026-01-01', 'B-2', 5);
