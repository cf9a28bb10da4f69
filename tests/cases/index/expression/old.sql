-- index/expression: expression indexes (a function call, an operator expression)
create table users (id integer primary key, email text, first text, last text);
