insert into events values (3, '2026-03-01', null); with u as (update events set id = id returning id, touched) select count(*) = 3 and bool_and((touched is null) = (id = 3)) as t from u;
