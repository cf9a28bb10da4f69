-- a libc collation with a comment is added
create collation "Posix C" (lc_collate = 'C', lc_ctype = 'C');
comment on collation "Posix C" is 'byte order';
create table t (id int);
