with u as (update events set id = id returning id, touched) select count(*) = 2 and bool_and((touched is null) = (id = 1)) as t from u;
