-- foreign_key/deferrable: a foreign key becomes DEFERRABLE INITIALLY DEFERRED
create table p (id integer primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p (id));
