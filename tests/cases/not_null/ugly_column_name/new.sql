-- not_null/ugly_column_name: SET NOT NULL and DROP NOT NULL on columns whose names need quoting
create table "People" ("Full Name" text not null, "e-mail ""primary""" text);
