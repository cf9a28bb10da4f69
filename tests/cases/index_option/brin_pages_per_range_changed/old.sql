-- index_option/brin_pages_per_range_changed: a brin index's pages_per_range changes from 32 to 64, its autosummarize is kept
create table readings (id bigint, taken_at timestamptz not null, value double precision);
create index readings_taken_at_idx on readings using brin (taken_at) with (autosummarize = on, pages_per_range = 32);
insert into readings values (1, now(), 1.5), (2, now(), 2.5);
