-- foreign_key/retarget_same_name: a foreign key keeps its name but references another table
create table p1 (id integer primary key);
create table p2 (id integer primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p2 (id));
