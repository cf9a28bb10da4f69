-- partition/create_hash_partitioned: a table partitioned by hash is created with four partitions and a foreign key to a plain table
create table accounts (id bigint primary key, email text not null);
create table sessions (
    account_id bigint not null references accounts (id) on delete cascade,
    token uuid not null,
    started_at timestamptz not null,
    primary key (account_id, token)
) partition by hash (account_id);
create table sessions_p0 partition of sessions for values with (modulus 4, remainder 0);
create table sessions_p1 partition of sessions for values with (modulus 4, remainder 1);
create table sessions_p2 partition of sessions for values with (modulus 4, remainder 2);
create table sessions_p3 partition of sessions for values with (modulus 4, remainder 3);
