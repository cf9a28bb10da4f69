-- an unused collation is dropped
create collation old_c (locale = 'C');
create table t (id int);
