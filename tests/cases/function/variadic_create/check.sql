select join_all('-', 'a', 'b', 'c') = 'a-b-c' as t;
