-- dependency/drop_referenced_column: a referenced column is dropped; its unique constraint and the foreign key go, the referencing column stays
create table p (id integer primary key, code text constraint p_code_key unique);
create table c (id integer primary key, p_code text constraint c_p_code_fkey references p (code));
