-- quoting/case_sensitive_pairs: names that differ only in case: the capitalised table and column are dropped, the lower-case ones stay
create table users (id integer, name text);
