-- column_type/timestamp_to_timestamptz: timestamp becomes timestamp with time zone
create table t (id integer primary key, at timestamp(3) not null);
insert into t values (1, '2024-01-01 12:00:00');
