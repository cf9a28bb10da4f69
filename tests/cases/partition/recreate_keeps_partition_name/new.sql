-- partition/recreate_keeps_partition_name: the partition key moves from one column to another (hash on id to hash on tenant); the partitions keep their names and bounds
create table documents (
    id bigint not null,
    tenant integer not null,
    title text
) partition by hash (tenant);
create table documents_0 partition of documents for values with (modulus 2, remainder 0);
create table documents_1 partition of documents for values with (modulus 2, remainder 1);
