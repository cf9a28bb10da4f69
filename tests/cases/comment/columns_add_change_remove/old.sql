-- comment/columns_add_change_remove: three columns: one gains a comment, one's changes, one's is removed
create table t (a integer, b integer, c integer);
comment on column t.b is 'bee';
comment on column t.c is 'sea';
