-- column_type/collation_posix_to_default: a varchar column goes from collation POSIX back to the default
create table t (id integer primary key, code varchar(10));
