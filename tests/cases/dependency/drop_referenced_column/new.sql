-- dependency/drop_referenced_column: a referenced column is dropped; its unique constraint and the foreign key go, the referencing column stays
create table p (id integer primary key);
create table c (id integer primary key, p_code text);
