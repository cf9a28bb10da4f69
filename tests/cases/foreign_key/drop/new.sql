-- foreign_key/drop: a foreign key is dropped, both tables stay
create table p (id integer primary key);
create table c (id integer primary key, p_id integer);
