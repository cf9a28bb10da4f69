-- a composite type with an attribute of a new domain is created (the domain comes first)
create table products (id int primary key);
