-- comment/survives_recreated_view: a commented view recreated around a column type change keeps its comment
create table t (id integer primary key, amount bigint);
create view v as select id, amount from t;
comment on view v is 'amounts';
