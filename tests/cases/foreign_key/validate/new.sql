-- foreign_key/validate: a NOT VALID foreign key whose rows now satisfy it becomes valid
create table p (id integer primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p (id));
