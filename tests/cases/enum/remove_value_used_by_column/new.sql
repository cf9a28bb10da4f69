-- enum/remove_value_used_by_column: a label no row holds is removed from an enum a column with a default uses (type recreated, column converted)
create type status as enum ('draft', 'sent');
create table docs (id integer primary key, status status not null default 'draft');
