-- a libc collation with a comment is added
create table t (id int);
