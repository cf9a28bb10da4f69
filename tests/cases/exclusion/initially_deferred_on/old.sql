-- exclusion/initially_deferred_on: a DEFERRABLE exclusion constraint becomes DEFERRABLE INITIALLY DEFERRED
create table slots (id integer primary key, pos integer not null, constraint slots_pos_excl exclude (pos with =) deferrable);
insert into slots values (1, 10), (2, 20);
