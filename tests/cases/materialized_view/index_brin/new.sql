-- materialized_view/index_brin: a BRIN index with pages_per_range is added to a kept materialized view
create table events (id integer primary key, kind text not null, tags text[] not null, payload jsonb not null, at date not null);
insert into events values
  (1, 'login', '{web}', '{"ok": true}', '2024-01-01'),
  (2, 'login', '{app,beta}', '{"ok": false}', '2024-01-02'),
  (3, 'logout', '{web}', '{"ok": true}', '2024-01-02');
create materialized view daily_events as
  select at as day, kind, count(*) as n, array_agg(id order by id) as ids,
         jsonb_agg(payload order by id) as payloads
  from events group by at, kind;
create index daily_events_day_brin on daily_events using brin (day) with (pages_per_range = 16);
