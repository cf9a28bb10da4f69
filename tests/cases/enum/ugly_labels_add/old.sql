-- enum/ugly_labels_add: ugly labels added before, between and after existing ones
create type tag as enum ('plain', 'other');
create table tagged (id integer, tag tag);
insert into tagged values (1, 'plain'), (2, 'other');
