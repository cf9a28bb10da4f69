-- check/regex_and_length: checks with a regular expression and a function call
create table t (code text constraint t_code_format check (code ~ '^[A-Z]{3}-\d+$') constraint t_code_length check (char_length(code) <= 12));
