-- column_type/timestamp_to_timestamptz: timestamp becomes timestamp with time zone
create table t (id integer primary key, at timestamptz(3) not null);
