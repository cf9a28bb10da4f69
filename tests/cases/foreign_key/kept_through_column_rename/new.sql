-- foreign_key/kept_through_column_rename: the referencing column of a foreign key is renamed; the key is kept
create table p (id integer primary key);
create table c (id integer primary key, parent_id integer constraint c_parent_fkey references p (id) on delete cascade);
