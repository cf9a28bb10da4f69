-- table/create_table_full: a new table with everything: defaults, not null, identity, pk, unique, fk, check, index and comments
create table teams (id integer primary key);
