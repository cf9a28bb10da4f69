-- foreign_key/valid_to_not_valid: a validated foreign key is declared NOT VALID (PostgreSQL can only drop and re-add it)
create table p (id integer primary key);
create table c (id integer primary key, p_id integer);
alter table c add constraint c_p_id_fkey foreign key (p_id) references p (id) not valid;
