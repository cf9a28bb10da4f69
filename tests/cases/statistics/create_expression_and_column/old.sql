-- statistics/create_expression_and_column: statistics on an expression and a column, with a kind list, are created
create table t (id integer primary key, email text, region text);
