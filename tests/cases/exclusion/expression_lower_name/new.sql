-- exclusion/expression_lower_name: a btree exclusion constraint on an expression (lower(name) with =) is added to a table whose names differ in more than case
create table tags (id integer primary key, name text not null, constraint tags_name_ci exclude (lower(name) with =));
