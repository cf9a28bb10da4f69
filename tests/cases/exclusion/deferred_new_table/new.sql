-- exclusion/deferred_new_table: a table is created with a DEFERRABLE INITIALLY DEFERRED exclusion constraint beside a plain DEFERRABLE one
create extension btree_gist;
create table seats (
    id integer primary key,
    row_no integer not null,
    seat_no integer not null,
    held tstzrange not null,
    constraint seats_position_excl exclude using btree (row_no with =, seat_no with =) deferrable initially deferred,
    constraint seats_hold_excl exclude using gist (seat_no with =, held with &&) deferrable
);
