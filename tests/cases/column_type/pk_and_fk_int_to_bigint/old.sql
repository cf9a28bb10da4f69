-- column_type/pk_and_fk_int_to_bigint: a referenced primary key and the foreign key column both become bigint
create table parents (id integer primary key);
create table children (id integer primary key, parent_id integer references parents (id));
insert into parents values (1);
insert into children values (1, 1);
