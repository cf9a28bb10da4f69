-- not_null/ugly_column_name: SET NOT NULL and DROP NOT NULL on columns whose names need quoting
create table "People" ("Full Name" text, "e-mail ""primary""" text not null);
insert into "People" values ('Ada', 'ada@x');
