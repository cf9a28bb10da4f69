-- function/view_created_on_new_function: a new function and a new view calling it (the view must come after the function)
create table t (id integer primary key, price numeric(10, 2));
