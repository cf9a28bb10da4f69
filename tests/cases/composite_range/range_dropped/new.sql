-- a range type no column uses is dropped with its multirange
create table samples (id int primary key, lo float8, hi float8);
