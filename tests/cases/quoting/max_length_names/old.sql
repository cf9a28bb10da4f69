-- quoting/max_length_names: names of exactly 63 bytes for a table, columns (one of two-byte characters), an index and a constraint
create table t (id integer);
