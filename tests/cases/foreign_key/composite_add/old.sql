-- foreign_key/composite_add: a two-column foreign key is added
create table p (tenant integer, id integer, primary key (tenant, id));
create table c (tenant integer, id integer, p_id integer);
