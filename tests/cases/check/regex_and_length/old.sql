-- check/regex_and_length: checks with a regular expression and a function call
create table t (code text);
