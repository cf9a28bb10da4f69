-- partition_index/trigger_row_add: a BEFORE UPDATE row trigger is added to a partitioned table; PostgreSQL clones it to each partition
create table events (id bigint not null, at date not null, kind text, updated_at timestamptz) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create function events_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger events_touch before update on events for each row execute function events_touch();
