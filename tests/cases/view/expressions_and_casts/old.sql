-- view/expressions_and_casts: a view with casts, CASE, string concatenation and a subquery
create table t (id integer primary key, a integer, b text);
