-- a collation in its own schema is added with a domain and a table using it
create table t (id int);
