with u as (update events set id = id returning id, touched) select count(*) = 2 and bool_and(touched is not null) as t from u;
