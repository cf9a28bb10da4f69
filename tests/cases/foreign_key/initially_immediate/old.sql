-- foreign_key/initially_immediate: a DEFERRABLE INITIALLY DEFERRED foreign key becomes DEFERRABLE INITIALLY IMMEDIATE
create table p (id integer primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p (id) deferrable initially deferred);
