-- comment/view_add: a view gains a comment
create table t (id integer);
create view v as select id from t;
comment on view v is 'All ids';
