-- exclusion/spgist_method: an SP-GiST exclusion constraint (during with &&) is added to a table of non-overlapping maintenance windows
create table maintenance_windows (id integer primary key, during tstzrange not null);
insert into maintenance_windows values (1, '[2024-05-01 00:00+00,2024-05-01 02:00+00)'), (2, '[2024-05-08 00:00+00,2024-05-08 02:00+00)');
