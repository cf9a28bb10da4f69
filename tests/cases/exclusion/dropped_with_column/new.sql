-- exclusion/dropped_with_column: a column an exclusion constraint uses is dropped; the constraint goes with it, the other rows' data stays
create extension btree_gist;
create table bookings (id integer primary key, during tstzrange not null, note text);
