-- partition_index/trigger_clone_enabled_again: a partition's disabled copy of its parent's row trigger fires again as its parent's does
create table events (id bigint not null, at date not null, touched timestamptz) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create function events_touch() returns trigger language plpgsql as $$ begin new.touched := now(); return new; end $$;
create trigger events_touch before update on events for each row execute function events_touch();
insert into events values (1, '2024-05-01', null), (2, '2025-05-01', null);
