-- partition_index/partition_local_index_drop: an index that belongs to one partition only is dropped; the parent's indexes stay
create table events (id bigint not null, at date not null, kind text, user_id integer, primary key (id, at)) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_user_id_idx on events (user_id);
create index events_2024_kind_idx on events_2024 (kind);
insert into events values (1, '2024-03-01', 'login', 7), (2, '2025-03-01', 'logout', 8), (3, '2025-04-01', 'login', 8);
