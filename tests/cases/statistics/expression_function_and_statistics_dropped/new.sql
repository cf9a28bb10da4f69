-- statistics/expression_function_and_statistics_dropped: a function and the statistics whose expression calls it are both dropped
create table t (id integer primary key, email text, region text);
