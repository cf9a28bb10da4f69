-- enum/ugly_labels_add: ugly labels added before, between and after existing ones
create type tag as enum ('it''s', 'plain', 'x"; drop table tagged; --', 'other', 'two  spaces', '日本語');
create table tagged (id integer, tag tag);
