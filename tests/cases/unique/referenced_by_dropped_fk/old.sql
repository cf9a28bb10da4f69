-- unique/referenced_by_dropped_fk: a unique constraint and the foreign key referencing it are both dropped
create table p (id integer primary key, code text constraint p_code_key unique);
create table c (id integer primary key, p_code text references p (code));
