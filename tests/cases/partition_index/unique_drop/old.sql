-- partition_index/unique_drop: a unique constraint of a hash-partitioned table is dropped
create table sessions (id bigint not null, token text not null, user_id integer,
    constraint sessions_id_token_key unique (id, token)) partition by hash (id);
create table sessions_0 partition of sessions for values with (modulus 2, remainder 0);
create table sessions_1 partition of sessions for values with (modulus 2, remainder 1);
insert into sessions values (1, 'a', 1), (2, 'b', 1), (3, 'c', 2);
