-- index_option/gist_buffering_changed: a gist index's buffering changes from on to off
create table places (id integer primary key, location point not null);
create index places_location_idx on places using gist (location) with (buffering = off);
