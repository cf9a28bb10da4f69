-- partition_index/pk_quoted_names: a partitioned table and partitions with quoted names in a created schema gain a quoted primary key and unique constraint
create schema "Sales Data";
create table "Sales Data"."Order Lines" ("Line ID" bigint not null, "Sold On" date not null, "SKU" text not null, qty integer,
    constraint "Order Lines PK" primary key ("Line ID", "Sold On"),
    constraint "Order ""Lines"" SKU; unique" unique ("SKU", "Sold On"))
    partition by range ("Sold On");
create table "Sales Data"."Order Lines ""2024""" partition of "Sales Data"."Order Lines" for values from ('2024-01-01') to ('2025-01-01');
create table "Sales Data"."Order Lines; rest" partition of "Sales Data"."Order Lines" default;
