-- foreign_key/to_unique_constraint: a foreign key that references a unique constraint, not the primary key
create table p (id integer primary key, code text constraint p_code_key unique);
create table c (id integer primary key, p_code text);
