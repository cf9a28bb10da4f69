-- foreign_key/add_not_valid_with_orphans: a foreign key is added NOT VALID to a table whose old rows break it
create table p (id integer primary key);
create table c (id integer primary key, p_id integer);
alter table c add constraint c_p_id_fkey foreign key (p_id) references p (id) not valid;
