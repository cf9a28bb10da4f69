-- partition/attach_quoted_table_in_schema: a quoted plain table holding rows becomes a hash partition of a quoted partitioned table in a created schema
create schema "Shard Data";
create table "Shard Data"."User Files" (
    "Owner" integer not null,
    "File Name" text not null,
    size_bytes bigint
) partition by hash ("Owner");
create table "Shard Data"."User Files #0" partition of "Shard Data"."User Files" for values with (modulus 2, remainder 0);
create table "Shard Data"."User Files ""#1""" partition of "Shard Data"."User Files" for values with (modulus 2, remainder 1);
