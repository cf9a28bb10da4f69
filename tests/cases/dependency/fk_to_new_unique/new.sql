-- dependency/fk_to_new_unique: an existing table gains a unique constraint and another a foreign key onto it
create table p (id integer primary key, code text not null constraint p_code_key unique);
create table c (id integer primary key, p_code text constraint c_p_code_fkey references p (code));
