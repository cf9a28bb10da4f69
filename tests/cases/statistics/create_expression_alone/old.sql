-- statistics/create_expression_alone: statistics on a single expression (no kind list allowed) are created
create table t (id integer primary key, email text);
