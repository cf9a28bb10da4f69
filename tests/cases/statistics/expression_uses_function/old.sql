-- statistics/expression_uses_function: statistics are created on an expression calling a new function of another schema, and on a timestamp truncated to the day
create table t (id integer primary key, email text, seen timestamp);
