-- partition/hash_partitions_split_to_modulus_four: two empty hash partitions (modulus 2) are rebound to modulus 4 and two more are added
create table blobs (
    id bigint not null,
    data bytea
) partition by hash (id);
create table blobs_0 partition of blobs for values with (modulus 4, remainder 0);
create table blobs_1 partition of blobs for values with (modulus 4, remainder 1);
create table blobs_2 partition of blobs for values with (modulus 4, remainder 2);
create table blobs_3 partition of blobs for values with (modulus 4, remainder 3);
