-- a nondeterministic ICU collation is added and a new column uses it
create collation case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create table users (id int primary key, email text, handle text collate case_insensitive);
