-- primary_key/drop_referenced: a primary key that a foreign key references is dropped with the foreign key
create table p (id integer not null);
create table c (id integer, p_id integer);
