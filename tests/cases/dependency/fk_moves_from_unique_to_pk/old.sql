-- dependency/fk_moves_from_unique_to_pk: a foreign key switches from a unique column to the primary key; the unique constraint is dropped
create table p (id integer primary key, code text constraint p_code_key unique);
create table c (id integer primary key, p_ref integer, p_code text constraint c_p_fkey references p (code));
