-- check/multi_column: a check across two columns
create table bookings (id integer primary key, starts timestamptz not null, ends timestamptz not null,
    constraint bookings_range_check check (starts < ends));
