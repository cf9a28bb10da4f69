-- a range type no column uses is dropped with its multirange
create type float_span as range (subtype = float8, subtype_diff = float8mi);
create table samples (id int primary key, lo float8, hi float8);
