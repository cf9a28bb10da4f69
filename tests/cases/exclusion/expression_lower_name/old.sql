-- exclusion/expression_lower_name: a btree exclusion constraint on an expression (lower(name) with =) is added to a table whose names differ in more than case
create table tags (id integer primary key, name text not null);
insert into tags values (1, 'Red'), (2, 'green'), (3, 'BLUE');
