-- check/multi_column: a check across two columns
create table bookings (id integer primary key, starts timestamptz not null, ends timestamptz not null);
insert into bookings values (1, '2024-01-01', '2024-01-02');
