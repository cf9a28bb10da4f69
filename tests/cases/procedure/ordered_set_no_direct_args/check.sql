select first_sorted() within group (order by v) = 'a' as t from (values ('c'), ('a'), ('b')) x (v);
