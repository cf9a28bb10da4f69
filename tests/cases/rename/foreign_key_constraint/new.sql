-- rename/foreign_key_constraint: a foreign key constraint is renamed
create table p (id integer primary key);
create table c (p_id integer constraint c_p_id_fkey references p (id));
