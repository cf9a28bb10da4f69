-- a range type over date with a SQL subtype_diff function is created for a new column
create function date_diff_days(a date, b date) returns double precision language sql immutable strict as $$ select (a - b)::double precision $$;
create type stay as range (subtype = date, subtype_diff = date_diff_days);
create table bookings (id int primary key, nights stay);
insert into bookings values (1);
