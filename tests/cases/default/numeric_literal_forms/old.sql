-- default/numeric_literal_forms: negative, decimal and exponent literals as defaults
create table t (a integer default 1, b numeric(10, 3), c double precision);
