-- unique/deferrable_on: a unique constraint becomes DEFERRABLE INITIALLY DEFERRED
create table t (id integer primary key, pos integer, constraint t_pos_key unique (pos) deferrable initially deferred);
