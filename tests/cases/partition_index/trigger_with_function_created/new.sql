-- partition_index/trigger_with_function_created: a plpgsql function and an AFTER INSERT row trigger on a partitioned table are created; a new partition gets the clone too
create table events (id bigint not null, at date not null, kind text) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table event_counts (kind text primary key, n bigint not null);
create function count_event() returns trigger language plpgsql as $$
begin
    insert into event_counts as c values (new.kind, 1)
        on conflict (kind) do update set n = c.n + 1;
    return null;
end
$$;
create trigger events_count after insert on events for each row when (new.kind is not null) execute function count_event();
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
