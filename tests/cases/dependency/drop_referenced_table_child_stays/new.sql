-- dependency/drop_referenced_table_child_stays: a referenced table is dropped; the referencing table stays and loses its foreign key
create table c (id integer primary key, p_id integer);
