-- a range type with a custom multirange_type_name is created, with a column of the multirange
create table shifts (id int primary key);
