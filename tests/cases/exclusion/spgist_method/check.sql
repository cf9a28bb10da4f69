select count(*) = 2 as t from maintenance_windows;
