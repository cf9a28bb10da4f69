-- a domain over text gets COLLATE "C" under a column holding rows: the domain is recreated and the column converted
create domain code as text constraint code_not_empty check (value <> '');
create table codes (id int primary key, code code);
insert into codes values (1, 'b'), (2, 'B'), (3, 'a');
