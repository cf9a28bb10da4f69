-- foreign_key/add: a foreign key is added between existing tables whose rows satisfy it
create table p (id integer primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p (id));
