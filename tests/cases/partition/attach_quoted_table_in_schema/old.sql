-- partition/attach_quoted_table_in_schema: a quoted plain table holding rows becomes a hash partition of a quoted partitioned table in a created schema
create schema "Shard Data";
create table "Shard Data"."User Files" (
    "Owner" integer not null,
    "File Name" text not null,
    size_bytes bigint
) partition by hash ("Owner");
create table "Shard Data"."User Files #0" partition of "Shard Data"."User Files" for values with (modulus 2, remainder 0);
create table "Shard Data"."User Files ""#1""" (
    "Owner" integer not null,
    "File Name" text not null,
    size_bytes bigint
);
insert into "Shard Data"."User Files ""#1""" select o, 'f' || o, o * 10
    from generate_series(1, 40) as o where satisfies_hash_partition('"Shard Data"."User Files"'::regclass, 2, 1, o);
