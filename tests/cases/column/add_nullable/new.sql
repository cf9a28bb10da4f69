-- column/add_nullable: a nullable column without default is added to a table with rows
create table t (id integer primary key, note text);
