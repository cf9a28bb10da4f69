-- unique/deferrable_off: a DEFERRABLE INITIALLY IMMEDIATE unique constraint becomes NOT DEFERRABLE
create table t (id integer primary key, pos integer, constraint t_pos_key unique (pos) deferrable initially immediate);
