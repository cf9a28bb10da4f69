-- a range type with a custom multirange_type_name is created, with a column of the multirange
create type minute_range as range (subtype = smallint, multirange_type_name = minute_ranges);
create table shifts (id int primary key, breaks minute_ranges);
