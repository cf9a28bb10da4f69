select "My Func"(1) = 3 and "we""ird"('a') = 'a"' as t;
