-- a domain with COLLATE "C", a default, NOT NULL and two named checks is created with a new table using it
create domain country_code as text collate "C" default 'XX' not null
  constraint country_code_length check (length(value) = 2)
  constraint country_code_upper check (value = upper(value));
create table addresses (id int primary key, country country_code);
