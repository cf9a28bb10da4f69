-- identity/smallint_with_max: a smallint identity gains a maxvalue
create table codes (id smallint generated always as identity (maxvalue 1000) primary key, label text);
