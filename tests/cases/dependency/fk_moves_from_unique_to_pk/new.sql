-- dependency/fk_moves_from_unique_to_pk: a foreign key switches from a unique column to the primary key; the unique constraint is dropped
create table p (id integer primary key, code text);
create table c (id integer primary key, p_ref integer constraint c_p_fkey references p (id), p_code text);
