-- index/gist_range: a gist index on a range column
create table bookings (id integer primary key, during tstzrange);
