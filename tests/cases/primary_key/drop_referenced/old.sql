-- primary_key/drop_referenced: a primary key that a foreign key references is dropped with the foreign key
create table p (id integer primary key);
create table c (id integer, p_id integer references p (id));
