-- enum/ugly_label_rename: a label renamed to one holding quotes and a semicolon
create type tag as enum ('plain', 'other');
create table tagged (id integer, tag tag);
insert into tagged values (1, 'plain');
